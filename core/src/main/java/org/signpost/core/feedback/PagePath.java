package org.signpost.core.feedback;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The path of the page an answer is about, as it is kept: decoded (so that {@code %20} and {@code
 * %40} hide nothing), with e-mail addresses, phone numbers and postcodes removed as from comments,
 * and any part of it that reads as words (a name, typed into an address by a school's site) removed
 * too. A reader's page is a school's or a council's as often as ours, and its address may carry a
 * pupil's name or number: the report needs the page, never the person.
 */
final class PagePath {

  static final String TEXT_MARK = "[text removed]";

  /**
   * A UUID on its own or within a segment ({@code /pshe-<uuid>.html}), not inside a longer word.
   */
  private static final Pattern UUID_SHAPE =
      Pattern.compile(
          "(?<![0-9A-Za-z])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
              + "-[0-9a-fA-F]{12}(?![0-9A-Za-z])");

  private PagePath() {}

  /** The path redacted, at most {@code limit} characters long. */
  static String redacted(String path, int limit) {
    if (path == null) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    String[] segments = PersonalDataRedactor.redact(withoutIds(decoded(path), ids)).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (readsAsWords(segments[i])) {
        segments[i] = TEXT_MARK;
      }
    }
    return cut(withIds(String.join("/", segments), ids), limit);
  }

  /**
   * The path with each UUID in it (a record's id, which many sites put in addresses, alone or in a
   * file's name) set aside as a placeholder of letters, so that its runs of digits are not taken
   * for a phone number; {@code ids} receives them in order.
   */
  private static String withoutIds(String path, List<String> ids) {
    return UUID_SHAPE
        .matcher(path)
        .replaceAll(
            id -> {
              ids.add(id.group());
              return placeholder(ids.size() - 1);
            });
  }

  private static String withIds(String path, List<String> ids) {
    String restored = path;
    for (int i = 0; i < ids.size(); i++) {
      restored = restored.replace(placeholder(i), ids.get(i));
    }
    return restored;
  }

  /** Letters only, and none a redaction could take for part of an address or a number. */
  private static String placeholder(int index) {
    StringBuilder letters = new StringBuilder("~id");
    for (int n = index; ; n = n / 26 - 1) {
      letters.append((char) ('a' + n % 26));
      if (n < 26) {
        break;
      }
    }
    return letters.append('~').toString();
  }

  /** Words apart, as a name is; a redaction marker is words too but stays. */
  private static boolean readsAsWords(String segment) {
    return segment.codePoints().anyMatch(Character::isWhitespace)
        && !segment.strip().matches("\\[[a-z ]+ removed\\]");
  }

  /**
   * Percent-escapes decoded as UTF-8; an escape that is not one, or bytes that are not UTF-8, are
   * kept as typed.
   */
  static String decoded(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length());
    int i = 0;
    while (i < path.length()) {
      if (!isEscape(path, i)) {
        out.append(path.charAt(i++));
        continue;
      }
      int run = i;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      while (isEscape(path, run)) {
        bytes.write(Integer.parseInt(path.substring(run + 1, run + 3), 16));
        run += 3;
      }
      out.append(utf8(bytes.toByteArray(), path.substring(i, run)));
      i = run;
    }
    return out.toString();
  }

  private static boolean isEscape(String path, int at) {
    return at + 2 < path.length()
        && path.charAt(at) == '%'
        && Character.digit(path.charAt(at + 1), 16) >= 0
        && Character.digit(path.charAt(at + 2), 16) >= 0;
  }

  private static String utf8(byte[] bytes, String typed) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return typed;
    }
  }

  private static String cut(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
