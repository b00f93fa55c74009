package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The issue page and the register of outgoing documents through the pages: only the issuing
 * node's leader opens the issue page; a blank typed number comes back on the form with its
 * message and nothing issued; the register lists and exports what was issued, for the node's own
 * office, leader and unit accounts only.
 */
@IntegrationTest
@Import(PlanTestData.class)
class PlanIssueWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanTestData data;
    @Autowired
    PlanLifecycle planLifecycle;
    @Autowired
    PlanDetailsReader planReader;

    World w;
    long id;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        id = data.draft(w);
        planLifecycle.submit(w.office(), id, data.version(w.office(), id));
    }

    String version() {
        return String.valueOf(data.version(w.office(), id));
    }

    @Test
    void onlyTheIssuingNodesLeaderOpensTheIssuePage() throws Exception {
        Document page = Html.page(mvc.perform(get("/plans/{id}/issue", id).with(as(w.leader())))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("#numbering-next").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("label[for=numbering-next]").text()).contains("1/KH-SYT");
        for (CurrentUser other : new CurrentUser[] {w.office(), w.unitUserA(), w.reviewer(), w.admin(),
                fixtures.leaderAt(w.unitA())}) {
            mvc.perform(get("/plans/{id}/issue", id).with(as(other))).andExpect(status().is4xxClientError());
            mvc.perform(post("/plans/{id}/issue", id).with(as(other)).with(csrf()).param("version", version())
                    .param("numbering", "NEXT")).andExpect(status().is4xxClientError());
        }
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aBlankTypedNumberComesBackOnTheFormAndTheRegistersNumberIssues() throws Exception {
        Document page = Html.page(mvc.perform(post("/plans/{id}/issue", id).with(as(w.leader())).with(csrf())
                .param("version", version()).param("numbering", "TYPED").param("docNumber", "")
                .param("issueDate", "04/03/2025")).andExpect(status().isOk()));
        assertThat(page.selectFirst("#docNumber").hasClass("is-invalid")).isTrue();
        assertThat(page.text()).contains("Hãy nhập số văn bản");
        assertThat(page.selectFirst("#issueDate").val()).as("dd/mm/yyyy, ADR 0031").isEqualTo("04/03/2025");
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.SUBMITTED);

        mvc.perform(post("/plans/{id}/issue", id).with(as(w.leader())).with(csrf()).param("version", version())
                .param("numbering", "NEXT").param("issueDate", "2025-03-04")).andExpect(redirectedUrl("/plans/" + id));
        PlanDetails issued = planReader.details(w.office(), id);
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.header().docNumber()).isEqualTo("1");
        assertThat(issued.header().issueDate()).isEqualTo(java.time.LocalDate.of(2025, 3, 4));
        // A second click of the same button says it was done, instead of a conflict.
        mvc.perform(post("/plans/{id}/issue", id).with(as(w.leader())).with(csrf())
                .param("version", String.valueOf(Long.parseLong(version()) - 1)).param("numbering", "NEXT"))
                .andExpect(redirectedUrl("/plans/" + id));
        mvc.perform(get("/plans/{id}/issue", id).with(as(w.leader()))).andExpect(redirectedUrl("/plans/" + id));
    }

    @Test
    void theRegisterListsAndExportsWhatWasIssuedForTheNodesOwnAccountsOnly() throws Exception {
        planLifecycle.issue(w.leader(), id, Long.parseLong(version()),
                new IssueCommand(IssueCommand.Numbering.TYPED, "7", java.time.LocalDate.of(2025, 2, 1)));
        Document page = Html.page(mvc.perform(get("/register").with(as(w.office()))).andExpect(status().isOk()));
        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.selectFirst("tbody tr").text()).contains("7/KH-SYT", "01/02/2025", "Trần Văn Thử",
                "Số nhập tay");
        assertThat(page.selectFirst("tbody tr a").attr("href")).isEqualTo("/plans/" + id);

        byte[] xlsx = mvc.perform(get("/register/export.xlsx").param("year", "2025").with(as(w.leader())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            String cells = sheet.getRow(sheet.getLastRowNum()).cellIterator().next().getStringCellValue();
            assertThat(cells).isEqualTo("7/KH-SYT");
        }

        // The unit's own register is its own: the department's line is not in it.
        Document unit = Html.page(mvc.perform(get("/register").with(as(w.unitUserA()))).andExpect(status().isOk()));
        assertThat(unit.select("tbody tr")).isEmpty();
        for (CurrentUser other : new CurrentUser[] {w.admin(), w.reviewer()}) {
            mvc.perform(get("/register").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/register/export.xlsx").with(as(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/register").param("year", "1999").with(as(w.office()))).andExpect(status().isBadRequest());
    }
}
