package vn.parcomms.orgimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.OneTimePassword;
import vn.parcomms.account.UserCommand;
import vn.parcomms.organization.NewOrgNode;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.orgimport.ImportPreview.NodeRow;
import vn.parcomms.orgimport.ImportPreview.Outcome;
import vn.parcomms.orgimport.ImportPreview.UserRow;
import vn.parcomms.orgimport.internal.ImportColumns;
import vn.parcomms.orgimport.internal.SpreadsheetReader;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Imports part of the organisation tree and its users from a spreadsheet, for an ADMIN and under
 * the nodes of their scope: read the file, show what each row would do, then create everything
 * in one transaction or nothing. The nodes and accounts are created by
 * {@link OrganizationService#createAll} and {@link AccountService#createWithOneTimePasswords}, so
 * the import follows exactly the rules of the forms; the preview checks the same rules up front to
 * report them per row.
 */
@Service
@Transactional(readOnly = true)
public class OrgImportService {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final OrganizationService organizations;
    private final AccountService accounts;
    private final ImportColumns columns;

    OrgImportService(OrganizationService organizations, AccountService accounts, ImportColumns columns) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.columns = columns;
    }

    /** Refuses anyone but an ADMIN; the import pages call it before showing anything. */
    public void checkMayImport(CurrentUser user) {
        requireAdmin(user);
    }

    /** The template file, its example row placed under the root of the administrator's scope. */
    public byte[] template(CurrentUser admin, Locale locale) {
        requireAdmin(admin);
        return columns.template(locale, organizations.find(organizations.scopeRootId(admin)).code());
    }

    /**
     * Reads an upload. A file that is no spreadsheet, is empty, too large, or has headers that are
     * not the template's is a {@link DomainException} for the upload form.
     */
    public ImportFile read(CurrentUser admin, String fileName, byte[] content) {
        requireAdmin(admin);
        if (content.length > MAX_FILE_BYTES) {
            throw new DomainException("orgimport.error.tooLarge", MAX_FILE_BYTES / (1024 * 1024), MAX_ROWS);
        }
        ImportFile file = columns.toFile(admin.id(), fileName == null ? "" : fileName, SpreadsheetReader.read(content));
        if (file.nodes().size() + file.users().size() > MAX_ROWS) {
            throw new DomainException("orgimport.error.tooManyRows", file.nodes().size() + file.users().size(), MAX_ROWS);
        }
        return file;
    }

    /** What confirming would do, against the tree as it is now. */
    public ImportPreview preview(CurrentUser admin, ImportFile file) {
        requireOwnFile(admin, file);
        return new ImportCheck(admin, file, organizations, accounts, columns).run().preview();
    }

    /**
     * Creates the file's new nodes (parents before children, whatever the order of the rows) and
     * users, checking everything again against the tree as it is now. Any error, here or in a rule
     * of the services, rolls everything back: nothing is half-imported.
     */
    @Transactional
    public ImportResult confirm(CurrentUser admin, ImportFile file) {
        requireOwnFile(admin, file);
        ImportCheck check = new ImportCheck(admin, file, organizations, accounts, columns).run();
        ImportPreview preview = check.preview();
        if (preview.hasErrors()) {
            throw new DomainException("orgimport.error.rowsHaveErrors", preview.errorRows());
        }
        Map<String, Long> ids = new HashMap<>(check.existingIds());
        ids.putAll(organizations.createAll(admin, check.creationOrder().stream()
                .map(row -> new NewOrgNode(row.line().code(), row.line().name(), row.line().shortName(), row.kind(),
                        row.line().parentCode(), row.line().place(), row.line().reportingParentCode()))
                .toList()));
        List<UserCommand> commands = new ArrayList<>();
        for (UserRow row : preview.users()) {
            if (row.outcome() == Outcome.NEW) {
                ImportFile.UserLine line = row.line();
                commands.add(new UserCommand(line.username(), line.fullName(), line.email(),
                        ids.get(ImportCheck.key(line.nodeCode())), row.role()));
            }
        }
        List<OneTimePassword> passwords = commands.isEmpty() ? List.of()
                : accounts.createWithOneTimePasswords(admin, commands);
        return new ImportResult(check.creationOrder().size(), passwords.size(), preview.unchangedRows(), passwords);
    }

    private static void requireOwnFile(CurrentUser admin, ImportFile file) {
        requireAdmin(admin);
        if (file.adminId() != admin.id()) {
            throw new ForbiddenException("import file of another user");
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new ForbiddenException(user.username() + " may not import the organisation tree");
        }
    }
}
