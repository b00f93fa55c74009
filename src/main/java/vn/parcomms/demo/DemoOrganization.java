package vn.parcomms.demo;

import java.util.List;
import java.util.Map;
import vn.parcomms.organization.OrgKind;

/**
 * The demo province: Bà Rịa - Vũng Tàu as it was organised when the seed plans were written.
 * Names of bodies are real; names of people (accounts, signers) are fictional.
 */
final class DemoOrganization {

    static final String PROVINCE_CODE = "BRVT";
    static final String HEALTH = "BRVT.SYT";
    static final String HOME_AFFAIRS = "BRVT.SNV";
    static final String DISTRICT_CENTRE = "BRVT.SYT.TTYT-BARIA";
    /** The Department of Health of Thành phố Hồ Chí Minh, which the province's department merged into on 1 July 2025. */
    static final String CITY_HEALTH = "HCM.SYT";

    /** The code of the node that carries on the plans issued by the node with {@code code} (DemoReorganisation). */
    static String carriedOnBy(String code) {
        return HEALTH.equals(code) ? CITY_HEALTH : code;
    }

    /** Whether the reorganisation of 1 July 2025 is loaded: then the plans and reports before it are too. */
    static boolean reorganised(vn.parcomms.organization.OrganizationService organizations) {
        return organizations.existsCode(CITY_HEALTH);
    }

    private DemoOrganization() {
    }

    record Node(String code, String name, String shortName, OrgKind kind, String parentCode) {

        /** The place its documents write before the date; null for the Sở's own offices, which issue none. */
        String place() {
            return PLACES.get(code);
        }
    }

    static final String PROVINCE_PLACE = "Bà Rịa - Vũng Tàu";

    /**
     * Places as the seeds write them: the province's agencies and provincial centres "Bà Rịa - Vũng
     * Tàu", a town's or district's health centre and hospital the town or district.
     */
    private static final Map<String, String> PLACES = Map.ofEntries(
        Map.entry(HOME_AFFAIRS, PROVINCE_PLACE), Map.entry("BRVT.STTTT", PROVINCE_PLACE),
        Map.entry("BRVT.SVHTT", PROVINCE_PLACE), Map.entry("BRVT.STC", PROVINCE_PLACE),
        Map.entry("BRVT.BAO", PROVINCE_PLACE), Map.entry("BRVT.PTTH", PROVINCE_PLACE), Map.entry(HEALTH, PROVINCE_PLACE),
        Map.entry("BRVT.SYT.CDC", PROVINCE_PLACE), Map.entry("BRVT.SYT.TTGDSK", PROVINCE_PLACE),
        Map.entry("BRVT.SYT.BVBR", "Bà Rịa"), Map.entry("BRVT.SYT.BVLVT", "Vũng Tàu"),
        Map.entry(DISTRICT_CENTRE, "Bà Rịa"), Map.entry("BRVT.SYT.TTYT-VT", "Vũng Tàu"),
        Map.entry("BRVT.SYT.TTYT-PM", "Phú Mỹ"), Map.entry("BRVT.SYT.TTYT-CD", "Châu Đức"),
        Map.entry("BRVT.SYT.TTYT-XM", "Xuyên Mộc"), Map.entry("BRVT.SYT.TTYT-LD", "Long Đất"),
        Map.entry("BRVT.SYT.TTYT-CDAO", "Côn Đảo"));

    static final List<Node> NODES = List.of(
        new Node(HOME_AFFAIRS, "Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu", "Sở Nội vụ", OrgKind.AGENCY, PROVINCE_CODE),
        new Node("BRVT.STTTT", "Sở Thông tin và Truyền thông tỉnh Bà Rịa - Vũng Tàu", "Sở TT&TT", OrgKind.AGENCY,
                PROVINCE_CODE),
        new Node("BRVT.SVHTT", "Sở Văn hóa và Thể thao tỉnh Bà Rịa - Vũng Tàu", "Sở VH&TT", OrgKind.AGENCY,
                PROVINCE_CODE),
        new Node("BRVT.STC", "Sở Tài chính tỉnh Bà Rịa - Vũng Tàu", "Sở Tài chính", OrgKind.AGENCY, PROVINCE_CODE),
        new Node("BRVT.BAO", "Báo Bà Rịa - Vũng Tàu", "Báo BR-VT", OrgKind.AGENCY, PROVINCE_CODE),
        new Node("BRVT.PTTH", "Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu", "Đài PT-TH", OrgKind.AGENCY,
                PROVINCE_CODE),
        new Node(HEALTH, "Sở Y tế tỉnh Bà Rịa - Vũng Tàu", "Sở Y tế", OrgKind.AGENCY, PROVINCE_CODE),
        new Node("BRVT.SYT.VP", "Văn phòng Sở Y tế", "Văn phòng Sở", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TCCB", "Phòng Tổ chức cán bộ", "Phòng TCCB", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.NVY", "Phòng Nghiệp vụ Y", "Phòng NVY", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.KHTC", "Phòng Kế hoạch - Tài chính", "Phòng KHTC", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.NVD", "Phòng Nghiệp vụ Dược", "Phòng NVD", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.CNTT", "Bộ phận Công nghệ thông tin Sở Y tế", "Bộ phận CNTT", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.CDC", "Trung tâm Kiểm soát bệnh tật tỉnh", "CDC", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TTGDSK", "Trung tâm Truyền thông - Giáo dục sức khỏe", "TT TT-GDSK", OrgKind.UNIT,
                HEALTH),
        new Node("BRVT.SYT.BVBR", "Bệnh viện Bà Rịa", "BV Bà Rịa", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.BVLVT", "Bệnh viện Lê Lợi", "BV Lê Lợi", OrgKind.UNIT, HEALTH),
        new Node(DISTRICT_CENTRE, "Trung tâm Y tế thành phố Bà Rịa", "TTYT TP Bà Rịa", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TTYT-VT", "Trung tâm Y tế thành phố Vũng Tàu", "TTYT TP Vũng Tàu", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TTYT-PM", "Trung tâm Y tế thị xã Phú Mỹ", "TTYT TX Phú Mỹ", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TTYT-CD", "Trung tâm Y tế huyện Châu Đức", "TTYT Châu Đức", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TTYT-XM", "Trung tâm Y tế huyện Xuyên Mộc", "TTYT Xuyên Mộc", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TTYT-LD", "Trung tâm Y tế huyện Long Đất", "TTYT Long Đất", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TTYT-CDAO", "Trung tâm Y tế huyện Côn Đảo", "TTYT Côn Đảo", OrgKind.UNIT, HEALTH),
        new Node("BRVT.SYT.TTYT-BARIA.KHTH", "Phòng Kế hoạch - Tổng hợp", "Phòng KHTH", OrgKind.SUB_UNIT,
                DISTRICT_CENTRE),
        new Node("BRVT.SYT.TTYT-BARIA.KKB", "Khoa Khám bệnh", "Khoa Khám bệnh", OrgKind.SUB_UNIT, DISTRICT_CENTRE),
        new Node("BRVT.SYT.TTYT-BARIA.TYT-PHUOCHIEP", "Trạm Y tế phường Phước Hiệp", "TYT Phước Hiệp",
                OrgKind.SUB_UNIT, DISTRICT_CENTRE),
        new Node("BRVT.SYT.TTYT-BARIA.TYT-LONGTOAN", "Trạm Y tế phường Long Toàn", "TYT Long Toàn",
                OrgKind.SUB_UNIT, DISTRICT_CENTRE),
        new Node("BRVT.SYT.TTYT-VT.KKB", "Khoa Khám bệnh", "Khoa Khám bệnh", OrgKind.SUB_UNIT, "BRVT.SYT.TTYT-VT"),
        new Node("BRVT.SYT.TTYT-VT.TYT-P1", "Trạm Y tế Phường 1", "TYT Phường 1", OrgKind.SUB_UNIT,
                "BRVT.SYT.TTYT-VT"),
        new Node("BRVT.SYT.BVBR.KHTH", "Phòng Kế hoạch tổng hợp", "Phòng KHTH", OrgKind.SUB_UNIT, "BRVT.SYT.BVBR"));
}
