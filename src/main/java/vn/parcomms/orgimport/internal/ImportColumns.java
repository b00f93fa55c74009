package vn.parcomms.orgimport.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.orgimport.ImportFile;
import vn.parcomms.orgimport.ImportFile.NodeLine;
import vn.parcomms.orgimport.ImportFile.UserLine;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.Role;

/**
 * The words of the import file: its column headers, kinds and roles, recognised in Vietnamese and
 * in English whatever the reader's language (the labels of the message files, compared without
 * case, diacritics, spaces or punctuation, so "Mã đơn vị cấp trên", "ma don vi cap tren" and
 * "Parent code" all work), and the template that writes them.
 */
@Component
public class ImportColumns {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    /** The columns of the two tables; the required ones must be in the header row. */
    public enum Column {
        CODE(true, true), NAME(true, true), SHORT_NAME(true, false), KIND(true, true), PARENT_CODE(true, true),
        REPORTING_PARENT_CODE(true, false), PLACE(true, false),
        USERNAME(false, true), FULL_NAME(false, true), NODE_CODE(false, true), ROLE(false, true),
        EMAIL(false, false);

        final boolean nodes;
        final boolean required;

        Column(boolean nodes, boolean required) {
            this.nodes = nodes;
            this.required = required;
        }

        String messageKey() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder("orgimport.column.").append(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    private final MessageSource messages;
    private final Map<String, Column> nodeHeaders = new HashMap<>();
    private final Map<String, Column> userHeaders = new HashMap<>();
    private final Map<String, OrgKind> kinds = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();

    ImportColumns(MessageSource messages) {
        this.messages = messages;
        for (Column column : Column.values()) {
            Map<String, Column> headers = column.nodes ? nodeHeaders : userHeaders;
            headers.put(normalise(column.name()), column);
            LANGUAGES.forEach(l -> headers.put(normalise(messages.getMessage(column.messageKey(), null, l)), column));
        }
        userHeaders.put("mail", Column.EMAIL);
        for (OrgKind kind : OrgKind.values()) {
            kinds.put(normalise(kind.name()), kind);
            LANGUAGES.forEach(l -> kinds.put(normalise(messages.getMessage("organization.kind." + kind, null, l)), kind));
        }
        for (Role role : Role.values()) {
            if (role == Role.OPERATOR) {
                continue; // the installation's operator is no province's account (ADR 0026)
            }
            roles.put(normalise(role.name()), role);
            for (Locale l : LANGUAGES) {
                String label = messages.getMessage("role." + role, null, l);
                roles.put(normalise(label), role);
                // "Văn phòng (lập kế hoạch)" is also written "Văn phòng".
                int bracket = label.indexOf('(');
                if (bracket > 0) {
                    roles.putIfAbsent(normalise(label.substring(0, bracket)), role);
                }
            }
        }
    }

    public Optional<OrgKind> kind(String value) {
        return Optional.ofNullable(kinds.get(normalise(value)));
    }

    public Optional<Role> role(String value) {
        return Optional.ofNullable(roles.get(normalise(value)));
    }

    /**
     * The file's tables as lines of nodes and of users. Each table's first non-empty row is its
     * header; a table is the nodes' or the users' by its headers, and one of each at most.
     */
    public ImportFile toFile(long adminId, String fileName, List<SpreadsheetReader.Table> tables) {
        List<NodeLine> nodes = null;
        List<UserLine> users = null;
        List<String> ignored = new ArrayList<>();
        for (SpreadsheetReader.Table table : tables) {
            int header = firstNonBlank(table.rows());
            if (header < 0) {
                continue;
            }
            List<String> headerCells = table.rows().get(header);
            boolean isUsers = headerCells.stream().anyMatch(h -> userHeaders.get(normalise(h)) == Column.USERNAME);
            boolean isNodes = !isUsers && headerCells.stream().anyMatch(h -> nodeHeaders.get(normalise(h)) == Column.CODE);
            if (!isUsers && !isNodes) {
                throw new DomainException("orgimport.error.headersUnknown", table.name(), label(Column.CODE),
                        label(Column.USERNAME));
            }
            Map<Column, Integer> positions = positions(table.name(), headerCells, isUsers ? userHeaders : nodeHeaders,
                    ignored);
            List<List<String>> data = table.rows().subList(header + 1, table.rows().size());
            if (isUsers) {
                if (users != null) {
                    throw new DomainException("orgimport.error.twoTables", label(Column.USERNAME));
                }
                users = new ArrayList<>();
                for (int i = 0; i < data.size(); i++) {
                    List<String> row = data.get(i);
                    if (!isBlank(row)) {
                        users.add(new UserLine(header + i + 2, cell(row, positions, Column.USERNAME),
                                cell(row, positions, Column.FULL_NAME), cell(row, positions, Column.NODE_CODE),
                                cell(row, positions, Column.ROLE), cell(row, positions, Column.EMAIL)));
                    }
                }
            } else {
                if (nodes != null) {
                    throw new DomainException("orgimport.error.twoTables", label(Column.CODE));
                }
                nodes = new ArrayList<>();
                for (int i = 0; i < data.size(); i++) {
                    List<String> row = data.get(i);
                    if (!isBlank(row)) {
                        nodes.add(new NodeLine(header + i + 2, cell(row, positions, Column.CODE),
                                cell(row, positions, Column.NAME), cell(row, positions, Column.SHORT_NAME),
                                cell(row, positions, Column.KIND), cell(row, positions, Column.PARENT_CODE),
                                cell(row, positions, Column.REPORTING_PARENT_CODE), cell(row, positions, Column.PLACE)));
                    }
                }
            }
        }
        if ((nodes == null || nodes.isEmpty()) && (users == null || users.isEmpty())) {
            throw new DomainException("orgimport.error.noRows");
        }
        return new ImportFile(adminId, fileName, nodes == null ? List.of() : nodes, users == null ? List.of() : users,
                ignored);
    }

    private Map<Column, Integer> positions(String table, List<String> headerCells, Map<String, Column> known,
            List<String> ignored) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int c = 0; c < headerCells.size(); c++) {
            String header = headerCells.get(c);
            Column column = known.get(normalise(header));
            if (column == null) {
                if (!header.isBlank()) {
                    ignored.add(header);
                }
            } else if (positions.putIfAbsent(column, c) != null) {
                throw new DomainException("orgimport.error.headerTwice", table, header);
            }
        }
        List<String> missing = known.values().stream().distinct().filter(c -> c.required && !positions.containsKey(c))
                .sorted().map(this::label).toList();
        if (!missing.isEmpty()) {
            throw new DomainException("orgimport.error.headersMissing", table, String.join(", ", missing));
        }
        return positions;
    }

    /**
     * The template: a sheet of nodes and one of users, headers in the reader's language, one
     * example row each; the example node sits under {@code parentCode} (the root of the
     * administrator's scope), so that the template as downloaded previews cleanly.
     */
    public byte[] template(Locale locale, String parentCode) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            String exampleCode = message("orgimport.template.example.code", locale);
            sheet(book, bold, message("orgimport.template.nodes", locale),
                    List.of(Column.CODE, Column.NAME, Column.SHORT_NAME, Column.KIND, Column.PARENT_CODE,
                            Column.REPORTING_PARENT_CODE, Column.PLACE), locale,
                    List.of(exampleCode, message("orgimport.template.example.name", locale),
                            message("orgimport.template.example.shortName", locale),
                            message("organization.kind.UNIT", locale), parentCode, parentCode,
                            message("orgimport.template.example.place", locale)));
            sheet(book, bold, message("orgimport.template.users", locale),
                    List.of(Column.USERNAME, Column.FULL_NAME, Column.NODE_CODE, Column.ROLE, Column.EMAIL), locale,
                    List.of(message("orgimport.template.example.username", locale),
                            message("orgimport.template.example.fullName", locale), exampleCode,
                            Role.UNIT.name(), message("orgimport.template.example.email", locale)));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(XSSFWorkbook book, CellStyle bold, String name, List<Column> columns, Locale locale,
            List<String> example) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        Row row = sheet.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(message(columns.get(c).messageKey(), locale));
            header.getCell(c).setCellStyle(bold);
            row.createCell(c).setCellValue(example.get(c));
            sheet.setColumnWidth(c, 24 * 256);
        }
    }

    private String label(Column column) {
        return message(column.messageKey(), LANGUAGES.get(0)) + " / " + message(column.messageKey(), LANGUAGES.get(1));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String cell(List<String> row, Map<Column, Integer> positions, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= row.size() ? "" : row.get(position).strip();
    }

    private static int firstNonBlank(List<List<String>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (!isBlank(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    /** Lower case, without diacritics (đ as d), spaces or punctuation. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }
}
