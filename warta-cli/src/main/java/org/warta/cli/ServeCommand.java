package org.warta.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta serve}: the REST API and web UI over an index. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the REST API (/api/v1, documented at /api/docs) and the web UI over an index:"
          + " search with facets, articles with their annotation layers, entities, figures and"
          + " their conflicts, and a page that analyzes a pasted article.",
      "Listens on loopback only unless --bind says otherwise; read-only unless --allow-ingest."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "warta-data",
      description = "Index directory. Default: ${DEFAULT-VALUE}.")
  Path index;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on (0 = any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String bind;

  @Option(
      names = "--allow-ingest",
      description = "Accept articles through POST /api/v1/ingest (off by default: read-only).")
  boolean allowIngest;

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      defaultValue = "2097152",
      description = "Largest request body accepted. Default: ${DEFAULT-VALUE}.")
  long maxBody;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("warta serve: --port: " + port + " is not a port (0 to 65535)");
      return ExitCodes.USAGE;
    }
    if (maxBody < 1024 || maxBody > 64L * 1024 * 1024) {
      err.println("warta serve: --max-body: use 1024 to 67108864 bytes");
      return ExitCodes.USAGE;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      err.println("warta serve: --bind: '" + bind + "' is not an address of this machine");
      return ExitCodes.USAGE;
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          "warta serve: warning: listening on "
              + bind
              + ", reachable from other machines; the server has no authentication");
    }
    WebServer.Options options = new WebServer.Options(index, bind, port, allowIngest, maxBody);
    return run(spec.commandLine().getOut(), err, options, null);
  }

  /**
   * Starts the server, prints its URL and blocks until the process is stopped.
   *
   * @param started called with the running server (tests stop it from there), or null
   */
  static int run(
      PrintWriter out,
      PrintWriter err,
      WebServer.Options options,
      java.util.function.Consumer<WebServer> started) {
    WebServer server = new WebServer(options, ArticleAnalyzer.standard());
    try {
      server.start();
    } catch (RuntimeException e) {
      server.close();
      err.println(
          "warta serve: cannot listen on "
              + options.host()
              + ":"
              + options.port()
              + " ("
              + rootMessage(e)
              + ")");
      return ExitCodes.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "warta-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(
        "Warta is serving "
            + server.url()
            + "/  (API: "
            + server.url()
            + "/api/docs; index: "
            + options.index()
            + (server.hasIndex() ? "" : ", none yet")
            + (options.allowIngest() ? "; ingest allowed" : "; read-only")
            + ")");
    out.println("Press Ctrl+C to stop.");
    out.flush();
    if (started != null) {
      started.accept(server);
      Runtime.getRuntime().removeShutdownHook(hook);
      return ExitCodes.OK;
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
