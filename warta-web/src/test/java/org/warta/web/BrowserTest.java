package org.warta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real headless browser (Debian's chromium and chromedriver, no download): search →
 * open an article → see a span's details → toggle a layer → open the entity → open the figures
 * chart, plus the paste page, a phone-sized screen and the API docs. Screenshots go to {@code
 * target/screenshots/}. Every request the browser makes must go to the server itself, and the
 * console must stay free of errors (a Content-Security-Policy violation would be one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  static ChromeDriver driver;
  static WebDriverWait wait;
  static String base;
  static Path profile;
  static final List<String> requested = new ArrayList<>();

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
    base = TestServer.url();
    Files.createDirectories(SHOTS);
    profile = Files.createTempDirectory("warta-chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1280,1100",
        "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void shot(String name) throws IOException {
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Collects the URLs the browser requested and the console errors since the last call. */
  private static List<String> consoleErrors() {
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String m = e.getMessage();
      if (m.contains("\"Network.requestWillBeSent\"")) {
        int i = m.indexOf("\"url\":\"");
        if (i >= 0) {
          requested.add(m.substring(i + 7, m.indexOf('"', i + 7)));
        }
      }
    }
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    return errors;
  }

  @Test
  @Order(1)
  void searchOpenArticleToggleLayerOpenEntityOpenFigures() throws IOException {
    // 1. Search.
    driver.get(base + "/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("gempa Garut");
    q.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("li.hit")));
    List<WebElement> hits = driver.findElements(By.cssSelector("li.hit a.hit-link"));
    assertThat(hits).hasSizeGreaterThanOrEqualTo(3);
    assertThat(driver.findElements(By.cssSelector("section.facet a"))).isNotEmpty();
    shot("01-search");

    // 2. Open the article that revises the toll.
    WebElement target =
        hits.stream()
            .filter(h -> h.getText().contains("Bertambah"))
            .findFirst()
            .orElse(hits.get(0));
    target.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record")));
    assertThat(driver.findElement(By.cssSelector("h1.title")).getText()).contains("Garut");
    shot("02-article");

    // 3. Hover a figure: its value and source appear.
    WebElement figure = driver.findElement(By.cssSelector("#text mark.l-quantities[id]"));
    js("arguments[0].scrollIntoView({block: 'center'})", figure);
    new Actions(driver).moveToElement(figure).perform();
    WebElement tip =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("floating-tip")));
    assertThat(tip.getText()).startsWith("Quantity").contains("source:");
    assertThat(driver.findElement(By.id("tip")).getText()).contains("Quantity");
    shot("03-hover-figure");

    // Keyboard: tabbing from the last layer toggle reaches a highlighted span, with its details.
    WebElement lastToggle = driver.findElement(By.id("toggle-removed"));
    js("arguments[0].focus()", lastToggle);
    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getTagName()).isEqualTo("mark");
    assertThat(driver.findElement(By.id("tip")).getText()).isNotBlank();
    String outline = (String) js("return getComputedStyle(arguments[0]).outlineStyle", focused);
    assertThat(outline).isNotEqualTo("none"); // visible focus

    // 4. Toggle the entities layer off and on.
    WebElement entity = driver.findElement(By.cssSelector("#text mark.l-entities[id]"));
    String before = (String) js("return getComputedStyle(arguments[0]).backgroundColor", entity);
    driver.findElement(By.cssSelector("label[for=toggle-entities]")).click();
    assertThat(driver.findElement(By.id("record")).getAttribute("class")).contains("hide-entities");
    String after = (String) js("return getComputedStyle(arguments[0]).backgroundColor", entity);
    assertThat(after).isNotEqualTo(before).isIn("rgba(0, 0, 0, 0)", "transparent");
    assertThat(entity.getAttribute("tabindex")).isEqualTo("-1");
    js("window.scrollTo(0, 0)");
    shot("04-entities-layer-off");
    driver.findElement(By.cssSelector("label[for=toggle-entities]")).click();
    assertThat(driver.findElement(By.id("record")).getAttribute("class"))
        .doesNotContain("hide-entities");

    // 5. Open the entity page of the agency.
    WebElement bnpb =
        driver.findElements(By.cssSelector("a.entity-link")).stream()
            .filter(a -> a.getText().equals("BNPB") || a.getText().startsWith("Badan Nasional"))
            .findFirst()
            .orElse(driver.findElement(By.cssSelector("a.entity-link")));
    js("arguments[0].scrollIntoView({block: 'center'})", bnpb);
    bnpb.click();
    wait.until(ExpectedConditions.urlContains("/entities/"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    assertThat(driver.findElements(By.cssSelector("a[href^='/articles/']"))).isNotEmpty();
    shot("05-entity");

    // 6. Open its figures: the chart is drawn, the conflict marked.
    driver.findElement(By.linkText("Figures")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("div.chart[data-drawn=true] canvas")));
    assertThat(driver.findElements(By.cssSelector("section.slot.conflict"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("section.slot.conflict .u-legend")).getText())
        .contains("conflict");
    js("document.querySelector('section.slot.conflict').scrollIntoView()");
    shot("06-figures-chart");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  @Order(2)
  void pasteAnArticleAnalyzesItOnTheFly() throws IOException {
    driver.get(base + "/analyze");
    driver
        .findElement(By.id("article-text"))
        .sendKeys(
            "Banjir Rendam Ratusan Rumah di Bekasi\n\nSedikitnya 300 rumah terendam banjir di"
                + " Kabupaten Bekasi, Jawa Barat, Sabtu (8/3/2025). Badan Penanggulangan Bencana"
                + " Daerah (BPBD) Bekasi mencatat 2 orang meninggal dunia.\n\n\"Air mulai naik"
                + " sejak Jumat malam,\" kata Kepala BPBD Bekasi, Dedi Santoso.");
    js("document.getElementById('published').value = '2025-03-09'");
    driver.findElement(By.cssSelector("form.analyze-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#analysis #record")));
    // htmx swapped the result in place: still the same page.
    assertThat(driver.getCurrentUrl()).endsWith("/analyze");
    assertThat(driver.findElements(By.cssSelector("#analysis mark.l-quantities"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#analysis mark.l-times"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#analysis mark.l-quotes"))).isNotEmpty();
    shot("07-analyze");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  @Order(3)
  void readableOnAPhone() throws IOException {
    String id =
        Http.json(Http.get(base, "/api/v1/search?q=gempa%20Garut"))
            .get("hits")
            .get(0)
            .get("id")
            .asText();
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String p : List.of("/articles/" + id, "/?q=gempa", "/figures?category=killed")) {
        driver.get(base + p);
        long scroll = (Long) js("return document.documentElement.scrollWidth");
        long width = (Long) js("return document.documentElement.clientWidth");
        Object wide =
            js(
                "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + " var r = e.getBoundingClientRect();"
                    + " if (r.right > w + 1 && out.length < 5) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));"
                    + "}); return out.join(', ');");
        assertThat(scroll).as(p + " scrolls sideways: " + wide).isLessThanOrEqualTo(width + 1);
      }
      driver.get(base + "/articles/" + id);
      shot("08-phone-article");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1100));
    }
  }

  @Test
  @Order(4)
  void swaggerUiShowsTheApi() throws IOException {
    driver.get(base + "/api/docs");
    wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".opblock")));
    assertThat(driver.findElements(By.cssSelector(".opblock")).size()).isGreaterThanOrEqualTo(9);
    shot("09-api-docs");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  @Order(5)
  void theBrowserNeverLeftTheMachine() {
    consoleErrors();
    String host = URI.create(base).getHost() + ":" + URI.create(base).getPort();
    assertThat(requested).isNotEmpty();
    for (String u : requested) {
      if (!u.startsWith("http:") && !u.startsWith("https:") && !u.startsWith("ws")) {
        continue; // data:, blob:, and the browser's own chrome:// resources are not network
      }
      assertThat(URI.create(u).getAuthority()).as(u).isEqualTo(host);
    }
    assertThat(Map.of("requests", requested.size())).isNotEmpty();
  }
}
