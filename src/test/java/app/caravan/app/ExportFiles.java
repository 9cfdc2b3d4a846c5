package app.caravan.app;

import app.caravan.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads what an anonymized export wrote: every file, zips opened, CSV parsed. */
final class ExportFiles {
    private ExportFiles() {
    }

    /** Name → content of every file under {@code folder}; a {@code .qdpx} also gives {@code name!entry} per entry. */
    static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Path file : Fixtures.filesUnder(folder)) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            byte[] content = Files.readAllBytes(file);
            out.put(name, content);
            if (name.endsWith(".qdpx")) {
                unzip(new ByteArrayInputStream(content)).forEach((entry, bytes) -> out.put(name + "!" + entry, bytes));
            }
        }
        return out;
    }

    static Map<String, byte[]> unzip(InputStream zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** RFC 4180 records of a UTF-8 file, header first; fails on a malformed file. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int close = i + 1;
                while (true) {
                    close = text.indexOf('"', close);
                    if (close < 0) {
                        throw new AssertionError("unterminated quoted field at " + i);
                    }
                    if (close + 1 < text.length() && text.charAt(close + 1) == '"') {
                        close += 2;
                        continue;
                    }
                    break;
                }
                field.append(text, i + 1, close);
                String unquoted = field.toString().replace("\"\"", "\"");
                field.setLength(0);
                field.append(unquoted);
                i = close + 1;
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new AssertionError("text after a closing quote at " + i);
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new AssertionError("CR without LF at " + i);
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                field.append(c);
                i++;
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return rows;
    }

    /** The CSV's records as column → value maps. */
    static List<Map<String, String>> records(byte[] bytes) {
        List<List<String>> rows = csv(bytes);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() != rows.get(0).size()) {
                throw new AssertionError("a record has " + row.size() + " fields, the header " + rows.get(0).size());
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                record.put(rows.get(0).get(c), row.get(c));
            }
            out.add(record);
        }
        return out;
    }
}
