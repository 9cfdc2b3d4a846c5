package app.caravan.anonymize;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: every record ends with CRLF, a bare CR or LF outside quotes
 * is an error, a quote inside an unquoted field is an error, all records have the header's width,
 * and the bytes must be valid UTF-8 without a BOM.
 */
final class Rfc4180 {
    private Rfc4180() {
    }

    static List<List<String>> parse(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            throw new IllegalArgumentException("starts with a UTF-8 byte order mark");
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new IllegalArgumentException("unterminated quoted field in record " + (records.size() + 1));
                    }
                    char c = s.charAt(i++);
                    if (c == '"') {
                        if (i < s.length() && s.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
            } else {
                while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r') {
                    char c = s.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("unquoted field holds " + (c == '"' ? "a quote" : "LF") + " at " + i);
                    }
                    field.append(c);
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= s.length()) {
                throw new IllegalArgumentException("the last record does not end with CRLF");
            }
            if (s.charAt(i) == ',') {
                i++;
                continue;
            }
            if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                throw new IllegalArgumentException("CR without LF at " + i);
            }
            i += 2;
            if (!records.isEmpty() && records.get(0).size() != record.size()) {
                throw new IllegalArgumentException("record " + (records.size() + 1) + " has " + record.size()
                        + " fields, the header " + records.get(0).size());
            }
            records.add(record);
            record = new ArrayList<>();
        }
        return records;
    }
}
