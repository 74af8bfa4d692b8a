package org.warta.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries of the page (a paragraph, a heading, a list item, the
 * direct text of a {@code div}), with the source offset of every character.
 */
final class Block {
  final int index;

  /** The innermost block-level element the run belongs to. */
  final Element owner;

  final MappedText text = new MappedText();

  /** Non-white-space characters, and how many of them are inside links. */
  int chars;

  int linkChars;
  int commas;

  Block(int index, Element owner) {
    this.index = index;
    this.owner = owner;
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  boolean isHeading() {
    return DomCues.HEADINGS.contains(owner.normalName());
  }

  /** The text with white space collapsed and trimmed. */
  String normalized() {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
