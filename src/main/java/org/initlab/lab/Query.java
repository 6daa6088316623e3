package org.initlab.lab;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request's query string as a name → value map; a name given twice is refused. */
final class Query {
    private Query() {
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decode(part.substring(eq + 1));
            if (out.put(key, value) != null) {
                throw new IllegalArgumentException("parameter '" + key + "' is given twice");
            }
        }
        return out;
    }

    /** The page's id: 1 to 64 letters, digits or hyphens (the page makes a random one when it loads). */
    static String page(Map<String, String> query) {
        String page = query.get("page");
        if (page == null || !page.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("page must be the page's id (1 to 64 letters, digits or hyphens), got "
                    + (page == null ? "none" : "'" + page + "'"));
        }
        return page;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the query has a malformed %-escape: '" + s + "'");
        }
    }
}
