package vn.parcomms.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
class CatalogWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CatalogService catalog;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleReadsBothCatalogues(Role role) throws Exception {
        ownChannel("TIKTOK");
        Document page = Html.page(mvc.perform(get("/catalog").with(as(world.userWith(role))))
                .andExpect(status().isOk()));
        assertThat(page.text()).contains("Cổng/Trang thông tin điện tử", "Tin, bài đăng tải", "tin, bài",
                "Kênh TIKTOK");
        assertThat(page.select("a[href$=/edit]").isEmpty()).isEqualTo(role != Role.ADMIN);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OPERATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdminMayChangeACatalogue(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        long channel = ownChannel("TIKTOK");
        long indicator = ownIndicator("LIVESTREAMS");
        long channelVersion = catalog.channel(world.admin(), channel).version();
        long indicatorVersion = catalog.indicator(world.admin(), indicator).version();

        mvc.perform(get("/catalog/channels/new").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/indicators/new").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/channels/{id}/edit", channel).with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/indicators/{id}/edit", indicator).with(as(user))).andExpect(status().isForbidden());
        mvc.perform(channelPost("/catalog/channels", "NEWCODE", "Kênh mới").with(as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(indicatorPost("/catalog/indicators", "NEWCODE", "Chỉ tiêu mới", "buổi").with(as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(channelPost("/catalog/channels/" + channel, "TIKTOK", "Đổi tên").with(as(user))
                .param("version", String.valueOf(channelVersion))).andExpect(status().isForbidden());
        mvc.perform(indicatorPost("/catalog/indicators/" + indicator, "LIVESTREAMS", "Đổi tên", "buổi")
                .with(as(user)).param("version", String.valueOf(indicatorVersion)))
                .andExpect(status().isForbidden());
        for (String change : new String[] {"deactivate", "activate"}) {
            mvc.perform(post("/catalog/channels/{id}/" + change, channel).with(as(user)).with(csrf())
                    .param("version", String.valueOf(channelVersion))).andExpect(status().isForbidden());
            mvc.perform(post("/catalog/indicators/{id}/" + change, indicator).with(as(user)).with(csrf())
                    .param("version", String.valueOf(indicatorVersion))).andExpect(status().isForbidden());
        }

        ChannelView unchanged = catalog.channel(world.admin(), channel);
        assertThat(unchanged.name()).isEqualTo("Kênh TIKTOK");
        assertThat(unchanged.active()).isTrue();
        assertThat(catalog.indicator(world.admin(), indicator).name()).isEqualTo("Chỉ tiêu LIVESTREAMS");
        assertThat(catalog.channelsByCode(world.admin())).doesNotContainKey("NEWCODE");
        assertThat(catalog.indicatorsByCode(world.admin())).doesNotContainKey("NEWCODE");
    }

    @Test
    void adminOpensEveryForm() throws Exception {
        long channel = ownChannel("TIKTOK");
        long indicator = ownIndicator("LIVESTREAMS");
        assertThat(Html.page(mvc.perform(get("/catalog/channels/new").with(as(world.admin())))
                .andExpect(status().isOk())).selectFirst("h1").text()).isEqualTo("Thêm hình thức");
        assertThat(Html.page(mvc.perform(get("/catalog/indicators/new").with(as(world.admin())))
                .andExpect(status().isOk())).selectFirst("h1").text()).isEqualTo("Thêm chỉ tiêu");
        Document edit = Html.page(mvc.perform(get("/catalog/channels/{id}/edit", channel).with(as(world.admin())))
                .andExpect(status().isOk()));
        assertThat(edit.selectFirst("h1").text()).isEqualTo("Sửa hình thức");
        assertThat(edit.selectFirst("input#code").hasAttr("readonly")).isTrue();
        assertThat(edit.selectFirst("input#name").val()).isEqualTo("Kênh TIKTOK");
        Document indicatorEdit = Html.page(mvc.perform(get("/catalog/indicators/{id}/edit", indicator)
                .with(as(world.admin()))).andExpect(status().isOk()));
        assertThat(indicatorEdit.selectFirst("h1").text()).isEqualTo("Sửa chỉ tiêu");
        assertThat(indicatorEdit.selectFirst("input#unit").val()).isEqualTo("lượt");
    }

    @Test
    void adminAddsAChannelThatOnlyTheirProvinceSees() throws Exception {
        mvc.perform(channelPost("/catalog/channels", "tiktok", "TikTok").with(as(world.admin())))
                .andExpect(redirectedUrl("/catalog"))
                .andExpect(flash().attributeExists("flashSuccess"));

        ChannelView added = catalog.channelsByCode(world.admin()).get("TIKTOK");
        assertThat(added).isNotNull();
        assertThat(added.ownerNodeId()).isEqualTo(world.province());
        assertThat(catalog.channelsByCode(fixtures.newWorld().admin())).doesNotContainKey("TIKTOK");
        Document page = Html.page(mvc.perform(get("/catalog").with(as(world.office()))).andExpect(status().isOk()));
        assertThat(page.text()).contains("TikTok", "Riêng của tỉnh");
    }

    @Test
    void adminAddsAnIndicatorWithItsUnitAndChangesIt() throws Exception {
        mvc.perform(indicatorPost("/catalog/indicators", "LIVESTREAMS", "Buổi phát trực tiếp", "buổi")
                        .with(as(world.admin())))
                .andExpect(redirectedUrl("/catalog"));
        IndicatorView added = catalog.indicatorsByCode(world.admin()).get("LIVESTREAMS");
        assertThat(added.unit()).isEqualTo("buổi");

        assertThat(Html.page(mvc.perform(get("/catalog/indicators/{id}/edit", added.id()).with(as(world.admin())))
                .andExpect(status().isOk())).selectFirst("input#unitEn")).as("the unit's English name").isNotNull();
        mvc.perform(indicatorPost("/catalog/indicators/" + added.id(), "LIVESTREAMS", "Phát trực tiếp", "buổi phát")
                        .param("nameEn", "Livestreams").param("unitEn", "broadcasts")
                        .with(as(world.admin())).param("version", String.valueOf(added.version())))
                .andExpect(redirectedUrl("/catalog"));
        IndicatorView changed = catalog.indicator(world.admin(), added.id());
        assertThat(changed.name()).isEqualTo("Phát trực tiếp");
        assertThat(changed.unit()).isEqualTo("buổi phát");
        assertThat(changed.unitEn()).isEqualTo("broadcasts");
        // The English catalogue list names it in English, the Vietnamese one in Vietnamese.
        assertThat(Html.page(mvc.perform(get("/catalog?lang=en").with(as(world.admin()))).andExpect(status().isOk()))
                .text()).contains("Livestreams", "broadcasts");
        assertThat(Html.page(mvc.perform(get("/catalog?lang=vi").with(as(world.admin()))).andExpect(status().isOk()))
                .text()).contains("Phát trực tiếp", "buổi phát").doesNotContain("broadcasts");
    }

    @Test
    void badInputStaysOnTheFormWithMessagesAndKeepsWhatWasTyped() throws Exception {
        Document page = Html.page(mvc.perform(channelPost("/catalog/channels", "mã có dấu", "")
                        .param("nameEn", "Typed name").with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code", "name")));
        assertThat(page.selectFirst("input#code").val()).isEqualTo("mã có dấu");
        assertThat(page.selectFirst("input#nameEn").val()).isEqualTo("Typed name");
        assertThat(page.selectFirst("#name + .invalid-feedback").text()).isEqualTo("Không được để trống.");
        assertThat(page.selectFirst("#code ~ .invalid-feedback").text()).startsWith("Chỉ dùng chữ không dấu");

        mvc.perform(post("/catalog/indicators").with(csrf()).with(as(world.admin())).param("code", "NOUNIT")
                        .param("name", "Không có đơn vị").param("unit", "").param("position", "-5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "unit", "position"));
        assertThat(catalog.indicatorsByCode(world.admin())).doesNotContainKey("NOUNIT");
    }

    @Test
    void aCodeAlreadyInTheCatalogueIsRefusedOnTheForm() throws Exception {
        mvc.perform(channelPost("/catalog/channels", "portal", "Cổng thứ hai").with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code"))
                .andExpect(content().string(containsString("Mã PORTAL đã có trong danh mục")));
        ownIndicator("LIVESTREAMS");
        mvc.perform(indicatorPost("/catalog/indicators", "livestreams", "Trùng mã", "buổi").with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code"));
        assertThat(catalog.indicators(world.admin()).stream().filter(i -> i.code().equals("LIVESTREAMS")))
                .hasSize(1);
    }

    @Test
    void aSharedEntryIsReadOnlyEvenForAnAdmin() throws Exception {
        ChannelView shared = catalog.channelsByCode(world.admin()).get("PORTAL");
        IndicatorView sharedIndicator = catalog.indicatorsByCode(world.admin()).get("NEWS_POSTED");

        mvc.perform(get("/catalog/channels/{id}/edit", shared.id()).with(as(world.admin())))
                .andExpect(redirectedUrl("/catalog"))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(channelPost("/catalog/channels/" + shared.id(), "PORTAL", "Cổng đã đổi tên")
                        .param("version", String.valueOf(shared.version())).with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mục dùng chung không sửa được")));
        mvc.perform(indicatorPost("/catalog/indicators/" + sharedIndicator.id(), "NEWS_POSTED", "Đổi tên", "tin")
                        .param("version", String.valueOf(sharedIndicator.version())).with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mục dùng chung không sửa được")));
        mvc.perform(post("/catalog/channels/{id}/deactivate", shared.id()).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(shared.version())))
                .andExpect(redirectedUrl("/catalog"))
                .andExpect(flash().attributeExists("flashError"));

        ChannelView after = catalog.channel(world.admin(), shared.id());
        assertThat(after.name()).isEqualTo(shared.name());
        assertThat(after.active()).isTrue();
        assertThat(catalog.indicator(world.admin(), sharedIndicator.id()).name()).isEqualTo(sharedIndicator.name());
    }

    @Test
    void aStaleVersionGetsTheConflictPageAndChangesNothing() throws Exception {
        long channel = ownChannel("TIKTOK");
        long indicator = ownIndicator("LIVESTREAMS");
        mvc.perform(channelPost("/catalog/channels/" + channel, "TIKTOK", "Tên mới").param("version", "99")
                        .with(as(world.admin())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("người khác")));
        mvc.perform(indicatorPost("/catalog/indicators/" + indicator, "LIVESTREAMS", "Tên mới", "buổi")
                        .param("version", "99").with(as(world.admin())))
                .andExpect(status().isConflict());
        mvc.perform(post("/catalog/channels/{id}/deactivate", channel).with(as(world.admin())).with(csrf())
                        .param("version", "99"))
                .andExpect(status().isConflict());

        assertThat(catalog.channel(world.admin(), channel).name()).isEqualTo("Kênh TIKTOK");
        assertThat(catalog.channel(world.admin(), channel).active()).isTrue();
        assertThat(catalog.indicator(world.admin(), indicator).name()).isEqualTo("Chỉ tiêu LIVESTREAMS");
    }

    @Test
    void adminTakesAnEntryOutOfUseAndPutsItBack() throws Exception {
        long indicator = ownIndicator("LIVESTREAMS");
        mvc.perform(post("/catalog/indicators/{id}/deactivate", indicator).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(catalog.indicator(world.admin(), indicator).version())))
                .andExpect(redirectedUrl("/catalog"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(catalog.activeIndicators(world.admin())).extracting(IndicatorView::id).doesNotContain(indicator);

        mvc.perform(post("/catalog/indicators/{id}/activate", indicator).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(catalog.indicator(world.admin(), indicator).version())))
                .andExpect(redirectedUrl("/catalog"));
        assertThat(catalog.activeIndicators(world.admin())).extracting(IndicatorView::id).contains(indicator);
    }

    @Test
    void anAdminCannotReachAnotherProvincesEntries() throws Exception {
        World other = fixtures.newWorld();
        long theirs = catalog.createChannel(other.admin(), new CatalogEntryCommand("THEIRS", "Kênh của tỉnh khác",
                null, null, 500));
        mvc.perform(get("/catalog/channels/{id}/edit", theirs).with(as(world.admin())))
                .andExpect(status().isForbidden());
        mvc.perform(channelPost("/catalog/channels/" + theirs, "THEIRS", "Chiếm lấy").param("version", "0")
                        .with(as(world.admin())))
                .andExpect(status().isForbidden());
        assertThat(catalog.channel(other.admin(), theirs).name()).isEqualTo("Kênh của tỉnh khác");
    }

    @Test
    void aMissingEntryIsNotFound() throws Exception {
        mvc.perform(get("/catalog/channels/{id}/edit", Long.MAX_VALUE).with(as(world.admin())))
                .andExpect(status().isNotFound());
    }

    private long ownChannel(String code) {
        return catalog.createChannel(world.admin(), new CatalogEntryCommand(code, "Kênh " + code, null, null, 500));
    }

    private long ownIndicator(String code) {
        return catalog.createIndicator(world.admin(), new CatalogEntryCommand(code, "Chỉ tiêu " + code, null, "lượt",
                500));
    }

    private static MockHttpServletRequestBuilder channelPost(String url, String code, String name) {
        return post(url).with(csrf()).param("code", code).param("name", name).param("position", "160");
    }

    private static MockHttpServletRequestBuilder indicatorPost(String url, String code, String name, String unit) {
        return channelPost(url, code, name).param("unit", unit);
    }
}
