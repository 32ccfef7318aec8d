package org.example.gov.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.gov.platform.security.Role;

/**
 * {@code authorization-matrix.tsv}: for every documented operation, who may call it, what everybody else gets, and
 * what an allowed role of another region, department or owner gets (see the file's header).
 */
record AuthorizationMatrix(List<Row> rows) {

    static final String PUBLIC = "PUBLIC";

    record Row(int line, String service, String method, String path, String query, Set<Role> allowed, boolean open,
            Map<Role, String> allowedFrom, Integer denied, Map<Role, Integer> deniedAs, Integer outside, String fixture,
            String body) {

        /** What a role the row does not allow gets. */
        Integer denied(Role role) {
            return deniedAs.getOrDefault(role, denied);
        }

        /** As the OpenAPI document names it. */
        String operation() {
            return service + " " + method + " " + path;
        }

        boolean allows(Role role) {
            return open || allowed.contains(role);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + method + " " + path;
        }
    }

    static AuthorizationMatrix load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream("/authorization-matrix.tsv")) {
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = lines[i].split("\t");
                if (f.length != 8) {
                    throw new IllegalStateException("authorization-matrix.tsv line " + (i + 1) + ": 8 tab-separated fields expected");
                }
                String[] pathAndQuery = f[2].split("\\?", 2);
                boolean open = PUBLIC.equals(f[3]);
                Set<Role> allowed = new HashSet<>();
                Map<Role, String> allowedFrom = new EnumMap<>(Role.class);
                for (String entry : open ? new String[0] : f[3].split(",")) {
                    String[] roleAndRegion = entry.strip().split("@");
                    Role role = Role.valueOf(roleAndRegion[0]);
                    allowed.add(role);
                    if (roleAndRegion.length > 1) {
                        allowedFrom.put(role, roleAndRegion[1]);
                    }
                }
                String[] denied = f[4].split(";");
                Map<Role, Integer> deniedAs = new EnumMap<>(Role.class);
                for (int d = 1; d < denied.length; d++) {
                    String[] roleAndStatus = denied[d].split("=");
                    deniedAs.put(Role.valueOf(roleAndStatus[0].strip()), Integer.valueOf(roleAndStatus[1].strip()));
                }
                rows.add(new Row(i + 1, f[0], f[1], pathAndQuery[0], pathAndQuery.length > 1 ? pathAndQuery[1] : null,
                        Set.copyOf(allowed), open, Map.copyOf(allowedFrom), status(denied[0]), Map.copyOf(deniedAs),
                        status(f[5]), dash(f[6]), dash(f[7])));
            }
            return new AuthorizationMatrix(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer status(String field) {
        return "-".equals(field) ? null : Integer.valueOf(field);
    }

    private static String dash(String field) {
        return "-".equals(field) ? null : field;
    }
}
