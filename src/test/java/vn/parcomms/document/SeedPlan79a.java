package vn.parcomms.document;

import static vn.parcomms.document.Content.bullet;
import static vn.parcomms.document.Content.lettered;
import static vn.parcomms.document.Content.numbered;
import static vn.parcomms.document.Content.paragraph;
import static vn.parcomms.document.Content.subSection;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo plan 79a/KH-SYT of the Department of Health of Bà Rịa - Vũng Tàu (06/05/2025),
 * transcribed with full diacritics from the OCR text in {@code ../shared/seeds/000_*.txt}. Reusable
 * by the plan module's tests: an exported plan must read like this.
 *
 * <p>Deliberate differences from the seed: the signer's name is fictional (demo data never names
 * real officials); the solutions in section III are numbered 1-5 (the seed jumps from 3 to 5);
 * obvious typing slips ("cách cách hành chính") are corrected.
 */
public final class SeedPlan79a {

    public static final String NUMBER = "79a/KH-SYT";
    public static final String FICTIONAL_SIGNER = "Trần Minh Khôi";

    public static final List<String> SECTION_HEADINGS = List.of(
            "I. Mục tiêu, yêu cầu và đối tượng:",
            "II. Nội dung, hình thức thông tin, tuyên truyền:",
            "III. GIẢI PHÁP THỰC HIỆN",
            "IV. Tổ chức thực hiện:");

    /** First words of content items a) to l), in order, as printed with their letters. */
    public static final List<String> CONTENT_ITEM_STARTS = List.of(
            "a) Vai trò, ý nghĩa, mục tiêu",
            "b) Vai trò, trách nhiệm của người đứng đầu",
            "c) Tình hình triển khai và kết quả",
            "d) Các quan điểm, chủ trương của Đảng",
            "đ) Tuyên truyền, hướng dẫn về quy trình",
            "e) Thông tin, tuyên truyền kết quả công tác",
            "g) Công bố, công khai thủ tục hành chính",
            "h) Các quy định về quyền, nghĩa vụ",
            "i) Thực hiện các chương trình, kế hoạch",
            "k) Thông tin, tuyên truyền các mô hình",
            "l) Thông tin, tuyên truyền về vai trò");

    /** First words of forms a) to e). */
    public static final List<String> FORM_STARTS = List.of(
            "a) Thông qua các loại hình báo chí",
            "b) Tăng cường tuyên truyền trên các kênh",
            "c) Thông tin, tuyên truyền cải cách thủ tục",
            "d) Thông qua hình thức tổ chức các lớp",
            "đ) Đưa nội dung cải cách hành chính vào chương trình",
            "e) Đưa nội dung thông tin về tình hình");

    private SeedPlan79a() {
    }

    public static OfficialDocument document() {
        return new OfficialDocument(
                new DocumentHeader("UBND TỈNH BÀ RỊA - VŨNG TÀU", "SỞ Y TẾ", NUMBER, "Bà Rịa - Vũng Tàu",
                        LocalDate.of(2025, 5, 6)),
                DocumentKind.PLAN,
                List.of("Thông tin, tuyên truyền công tác cải cách hành chính",
                        "của Ngành Y tế tỉnh Bà Rịa - Vũng Tàu năm 2025"),
                List.of("Thực hiện Kế hoạch số 148/KH-UBND ngày 21 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh "
                                + "Bà Rịa - Vũng Tàu về việc ban hành Kế hoạch công tác thông tin, tuyên truyền cải "
                                + "cách hành chính nhà nước tỉnh Bà Rịa - Vũng Tàu năm 2025.",
                        "Sở Y tế xây dựng Kế hoạch thông tin, tuyên truyền công tác cải cách hành chính của Ngành "
                                + "Y tế năm 2025, như sau:"),
                List.of(purposes(), contentAndForms(), solutions(), implementation()),
                List.of("Trên đây là Kế hoạch thực hiện thông tin, tuyên truyền cải cách hành chính của Ngành Y tế "
                        + "năm 2025. Sở Y tế yêu cầu thủ trưởng các cơ quan, đơn vị trực thuộc và phòng chuyên môn "
                        + "của Sở Y tế phối hợp triển khai thực hiện./."),
                List.of(Recipient.of("Sở Nội vụ", "báo cáo"),
                        Recipient.of("Đảng ủy SYT"),
                        Recipient.of("Các cơ quan, đơn vị trực thuộc Sở"),
                        Recipient.of("Các Phó Giám đốc SYT"),
                        Recipient.of("Các phòng CMNV thuộc Sở"),
                        Recipient.of("Bộ phận CNTT SYT")),
                "VT, VP",
                new Signer(List.of("GIÁM ĐỐC"), FICTIONAL_SIGNER),
                List.of());
    }

    private static Section purposes() {
        return Section.of("Mục tiêu, yêu cầu và đối tượng:",
                subSection("Mục tiêu:",
                        bullet("Tăng cường công tác thông tin, tuyên truyền nhằm nâng cao nhận thức, trách nhiệm tổ "
                                + "chức thực hiện cải cách hành chính của các cấp, đội ngũ cán bộ, công chức, viên chức "
                                + "trong quá trình thực thi công vụ, nhiệm vụ. Đồng thời nâng cao nhận thức, sự đồng "
                                + "thuận của người dân, tổ chức, xã hội về việc thực hiện các mục tiêu, nhiệm vụ cải "
                                + "cách hành chính."),
                        bullet("Thông tin, tuyên truyền kịp thời, sâu rộng các chủ trương, đường lối, chính sách của "
                                + "Đảng và Nhà nước về cải cách hành chính; đưa tuyên truyền cải cách hành chính vào "
                                + "hoạt động thường xuyên trên các trang/cổng thông tin điện tử của các cơ quan hành "
                                + "chính nhà nước thuộc Ngành Y tế. Qua đó góp phần xây dựng nền hành chính dân chủ, "
                                + "chuyên nghiệp, hiện đại."),
                        bullet("Phát huy vai trò tích cực của các cơ quan thông tin, truyền thông trong công tác "
                                + "tuyên truyền cải cách hành chính.")),
                subSection("Yêu cầu:",
                        bullet("Phổ biến, tuyên truyền kịp thời, đầy đủ, thường xuyên, liên tục, đa chiều, đổi mới "
                                + "hiệu quả, tăng cường ứng dụng các nền tảng số để thực hiện công tác tuyên truyền cải "
                                + "cách hành chính; cần bám sát nội dung của Trung ương, của tỉnh, của Bộ Y tế đồng "
                                + "thời phù hợp với tính chất, đặc điểm, nhiệm vụ của từng nhóm đối tượng và phải gắn "
                                + "với lộ trình thực hiện các mục tiêu, nhiệm vụ theo Kế hoạch cải cách hành chính nhà "
                                + "nước trên địa bàn tỉnh giai đoạn 2021 - 2025 và năm 2025 của tỉnh, của ngành Y tế."),
                        bullet("Lồng ghép công tác thông tin, tuyên truyền cải cách hành chính với việc tuyên truyền, "
                                + "phổ biến, giáo dục về các chủ trương, chính sách của Đảng, pháp luật của Nhà nước."),
                        bullet("Ứng dụng công nghệ thông tin trong công tác tuyên truyền cải cách hành chính; nội "
                                + "dung thông tin, tuyên truyền được trình bày rõ ràng, chuẩn xác, thu hút người theo "
                                + "dõi."),
                        bullet("Thông tin, tuyên truyền về cải cách hành chính phải góp phần nâng cao tinh thần trách "
                                + "nhiệm, đạo đức công vụ của đội ngũ cán bộ, công chức, viên chức, người lao động, góp "
                                + "phần nâng cao dân trí, phòng chống tham nhũng, tiêu cực.")),
                subSection("Đối tượng:",
                        paragraph("Thông tin, tuyên truyền cải cách hành chính trong đội ngũ cán bộ, công chức, viên "
                                + "chức, người lao động trong các cơ quan, đơn vị trực thuộc ngành Y tế tỉnh Bà Rịa - "
                                + "Vũng Tàu.")));
    }

    private static Section contentAndForms() {
        return Section.of("Nội dung, hình thức thông tin, tuyên truyền:",
                subSection("Nội dung thông tin, tuyên truyền:",
                        paragraph("Công tác thông tin, tuyên truyền cải cách hành chính năm 2025 tập trung vào những "
                                + "nội dung trọng tâm sau:"),
                        lettered(
                                "Vai trò, ý nghĩa, mục tiêu, tác động tích cực của cải cách hành chính đối với sự "
                                        + "phát triển kinh tế - xã hội của tỉnh, các chương trình, kế hoạch cải cách "
                                        + "hành chính của Trung ương, của tỉnh về cải cách hành chính; quyết tâm chính "
                                        + "trị của tỉnh để thực hiện các mục tiêu, nhiệm vụ cải cách hành chính nhà "
                                        + "nước tỉnh Bà Rịa - Vũng Tàu năm 2025.",
                                "Vai trò, trách nhiệm của người đứng đầu cơ quan hành chính các cấp, các tổ chức "
                                        + "chính trị - xã hội, các đơn vị sự nghiệp công lập đối với việc triển khai "
                                        + "thực hiện nhiệm vụ cải cách hành chính.",
                                "Tình hình triển khai và kết quả thực hiện các chủ trương, chính sách, quy định của "
                                        + "pháp luật về đổi mới, kiện toàn hệ thống tổ chức và nâng cao hiệu quả hoạt "
                                        + "động của các cơ quan, tổ chức trong hệ thống chính trị.",
                                "Các quan điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước về cải cách "
                                        + "hành chính, chú trọng việc thông tin, tuyên truyền thực hiện Nghị quyết số "
                                        + "57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                                        + "chuyển đổi số quốc gia.",
                                "Tuyên truyền, hướng dẫn về quy trình, thủ tục hành chính mới, đặc biệt là các thủ "
                                        + "tục được sửa đổi, bổ sung hiện hành; thông tin, tuyên truyền về danh mục các "
                                        + "thủ tục hành chính đã được cắt giảm, đơn giản hóa trong năm 2025, đặc biệt "
                                        + "là các thủ tục liên quan đến người dân và doanh nghiệp; tuyên truyền về hiệu "
                                        + "quả, tiện ích của dịch vụ công trực tuyến, dịch vụ bưu chính công ích, thanh "
                                        + "toán trực tuyến; đẩy mạnh tuyên truyền việc cài đặt và sử dụng các dịch vụ "
                                        + "số và tương tác với chính quyền, địa phương qua các nền tảng số.",
                                "Thông tin, tuyên truyền kết quả công tác cải cách hành chính của tỉnh, các cơ quan, "
                                        + "đơn vị trong thời gian qua; kết quả các chỉ số: Cải cách hành chính (PAR "
                                        + "INDEX); Hiệu quả quản trị và hành chính công (PAPI); Năng lực cạnh tranh cấp "
                                        + "tỉnh (PCI) của tỉnh; Hài lòng người dân, tổ chức đối với cơ quan hành chính "
                                        + "nhà nước (SIPAS); Đổi mới sáng tạo (PII), ...",
                                "Công bố, công khai thủ tục hành chính, quy trình nội bộ, quy trình điện tử trong "
                                        + "giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết từ cấp tỉnh đến "
                                        + "cấp xã; kết quả rà soát, đơn giản hóa, giảm thời gian thực hiện thủ tục hành "
                                        + "chính ở các cấp, các ngành; việc tiếp nhận hồ sơ và trả kết quả tại Trung "
                                        + "tâm Phục vụ hành chính công tỉnh, Bộ phận tiếp nhận và trả kết quả tại cấp "
                                        + "huyện, cấp xã; tiếp nhận hồ sơ qua Hệ thống thông tin giải quyết thủ tục "
                                        + "hành chính tỉnh.",
                                "Các quy định về quyền, nghĩa vụ, trách nhiệm, đạo đức của cán bộ, công chức, viên "
                                        + "chức trong thực thi công vụ, nhiệm vụ; thực hiện quy tắc ứng xử, văn hóa "
                                        + "giao tiếp, tác phong, thái độ phục vụ Nhân dân của cán bộ, công chức, viên "
                                        + "chức; về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị; "
                                        + "các quy định về tuyển dụng, quản lý, sử dụng, luân chuyển, đề bạt, bổ nhiệm; "
                                        + "chính sách tinh giản biên chế trong hệ thống nhà nước.",
                                "Thực hiện các chương trình, kế hoạch về xây dựng Chính quyền điện tử, Chính quyền "
                                        + "số; thực hiện Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác "
                                        + "thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn "
                                        + "đến năm 2030” trên địa bàn tỉnh; áp dụng Hệ thống quản lý văn bản điện tử "
                                        + "(Idesk), chữ ký số tại các cơ quan, đơn vị ở các cấp.",
                                "Thông tin, tuyên truyền các mô hình, sáng kiến, các tập thể, cá nhân điển hình tiên "
                                        + "tiến trong thực hiện cải cách hành chính, cũng như phản ánh những hạn chế, "
                                        + "yếu kém trong hoạt động của cơ quan nhà nước và trong thực thi công vụ, "
                                        + "nhiệm vụ của cán bộ, công chức, viên chức.",
                                "Thông tin, tuyên truyền về vai trò, ý nghĩa và lợi ích khi sử dụng dịch vụ công "
                                        + "trực tuyến. Các quy trình, thời gian xử lý, cách thức truy cập, sử dụng dịch "
                                        + "vụ công trực tuyến để người dân và doanh nghiệp biết, tham gia.")),
                subSection("Hình thức thông tin, tuyên truyền:",
                        lettered(
                                "Thông qua các loại hình báo chí và huy động sử dụng mọi phương tiện thông tin đại "
                                        + "chúng, gồm: các cơ quan thông tin, báo chí tại tỉnh, cơ sở; các loại hình báo "
                                        + "chí chuyên ngành, Cổng thông tin điện tử hoặc Trang thông tin điện tử của cơ "
                                        + "quan, đơn vị; xây dựng các phóng sự, video clips, chuyên mục về cải cách "
                                        + "hành chính.",
                                "Tăng cường tuyên truyền trên các kênh thông tin trực tuyến và nền tảng số của các cơ "
                                        + "quan, đơn vị trực thuộc, thiết lập các kênh hỗ trợ trực tuyến (chatbots, tư "
                                        + "vấn trực tuyến...) để giải đáp thắc mắc, tạo các nhóm cộng đồng trực tuyến "
                                        + "để chia sẻ kinh nghiệm, hỗ trợ nhau trong quá trình thực hiện thủ tục hành "
                                        + "chính trên nền tảng số.",
                                "Thông tin, tuyên truyền cải cách thủ tục hành chính bằng nhiều hình thức thiết "
                                        + "thực, hiệu quả giúp người dân, doanh nghiệp tiếp cận và thực hiện dịch vụ "
                                        + "công trực tuyến toàn trình; tiếp nhận và trả kết quả thủ tục hành chính qua "
                                        + "dịch vụ bưu chính công ích. Đồng thời, tuyên truyền kênh thông tin kết nối "
                                        + "người dân, doanh nghiệp như: công khai số điện thoại, email của lãnh đạo cơ "
                                        + "quan, mạng xã hội (Facebook, Zalo,...).",
                                "Thông qua hình thức tổ chức các lớp tập huấn, bồi dưỡng, quán triệt nội dung, kế "
                                        + "hoạch thực hiện nhiệm vụ cải cách hành chính cho đội ngũ cán bộ, công chức, "
                                        + "viên chức; lồng ghép nội dung cải cách hành chính trong các hội nghị về "
                                        + "tuyên truyền, phổ biến, giáo dục pháp luật.",
                                "Đưa nội dung cải cách hành chính vào chương trình đào tạo, bồi dưỡng cán bộ, công "
                                        + "chức, viên chức; các chương trình sân khấu, các cuộc thi tìm hiểu chính sách "
                                        + "pháp luật, các phong trào, hoạt động của cơ quan, đơn vị.",
                                "Đưa nội dung thông tin về tình hình triển khai, kết quả cải cách hành chính vào các "
                                        + "cuộc họp thường kỳ của Sở và các cơ quan, đơn vị.")));
    }

    private static Section solutions() {
        return Section.of("GIẢI PHÁP THỰC HIỆN",
                numbered(
                        "Nâng cao nhận thức, trách nhiệm của các cấp ủy đảng, lãnh đạo các cơ quan, đơn vị trực thuộc "
                                + "trong việc chỉ đạo, điều hành và tổ chức thực hiện công tác thông tin, tuyên truyền "
                                + "về cải cách hành chính.",
                        "Nâng cao chất lượng cán bộ, công chức, viên chức thực hiện thông tin, tuyên truyền về cải "
                                + "cách hành chính. Nâng cao kiến thức, năng lực cho đội ngũ cán bộ, công chức, viên "
                                + "chức đang phụ trách các chuyên trang, chuyên mục liên quan đến cải cách hành chính "
                                + "tại Sở Y tế và các cơ quan, đơn vị trực thuộc.",
                        "Cải thiện, nâng cao hơn nữa chất lượng công tác thông tin, tuyên truyền cải cách hành chính "
                                + "trên các công cụ truyền thông của Sở Y tế, các cơ quan, đơn vị trực thuộc (trên các "
                                + "Website, báo, tạp chí, bản tin,...).",
                        "Nghiên cứu tổ chức biên soạn, phát hành các loại ấn phẩm thông tin, tuyên truyền về các nội "
                                + "dung của cải cách hành chính.",
                        "Gắn công tác thông tin, tuyên truyền cải cách hành chính với công tác thi đua, khen thưởng "
                                + "trong hoạt động của các cơ quan, tổ chức, đơn vị."));
    }

    private static Section implementation() {
        return Section.of("Tổ chức thực hiện:",
                subSection("Thủ trưởng các cơ quan, đơn vị trực thuộc và các phòng chuyên môn của Sở:",
                        bullet("Xây dựng Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025 của cơ quan, "
                                + "đơn vị."),
                        bullet("Thông tin, tuyên truyền đầy đủ, kịp thời các văn bản chỉ đạo của Trung ương, của "
                                + "tỉnh về công tác cải cách hành chính; kết quả xếp hạng các chỉ số của tỉnh; niêm yết "
                                + "công khai thủ tục hành chính, nội dung tiếp nhận, phản ánh, ý kiến về quy định hành "
                                + "chính tại cơ quan, đơn vị trên Cổng thông tin điện tử của cơ quan, đơn vị; thường "
                                + "xuyên quán triệt các nội dung trên đến đội ngũ cán bộ, công chức, viên chức của cơ "
                                + "quan, đơn vị."),
                        bullet("Cung cấp văn bản chỉ đạo, kết quả thực hiện về công tác cải cách hành chính của "
                                + "ngành, đơn vị mình cho các cơ quan thông tấn báo chí để tuyên truyền cho cán bộ, "
                                + "công chức, viên chức và Nhân dân biết, đồng thời theo dõi, giám sát cơ quan hành "
                                + "chính nhà nước trong quá trình tổ chức thực hiện."),
                        bullet("Chỉ đạo các cơ quan, đơn vị trực thuộc đẩy mạnh công tác thông tin, tuyên truyền về "
                                + "cải cách hành chính; tăng cường công tác kiểm tra, đặc biệt là công khai, minh bạch "
                                + "các thủ tục hành chính."),
                        bullet("Thông tin, tuyên truyền đến người dân, doanh nghiệp về lợi ích thanh toán phí, lệ phí "
                                + "trên các phương tiện thông tin đại chúng, website, mạng xã hội Facebook, Zalo,... để "
                                + "Nhân dân biết và tham gia thực hiện, qua đó góp phần thúc đẩy công tác cải cách hành "
                                + "chính của tỉnh."),
                        bullet("Các cơ quan được giao chủ trì theo Kế hoạch có trách nhiệm lập kế hoạch cụ thể triển "
                                + "khai, thực hiện đảm bảo đúng tiến độ và thực hiện tốt nhiệm vụ công tác thông tin, "
                                + "tuyên truyền cải cách hành chính được giao."),
                        bullet("Phối hợp với Sở Nội vụ và các cơ quan thông tấn báo chí thực hiện các nội dung thông "
                                + "tin, tuyên truyền cải cách hành chính đảm bảo chất lượng, hiệu quả."),
                        bullet("Duy trì hiệu quả kênh tiếp nhận, phản hồi ý kiến, kiến nghị của người dân, doanh "
                                + "nghiệp về các quy định liên quan đến cải cách hành chính trên Cổng thông tin điện tử "
                                + "tỉnh hoặc Trang thông tin điện tử của các cơ quan, đơn vị."),
                        bullet("Báo cáo kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính của cơ "
                                + "quan, đơn vị trong Báo cáo định kỳ cải cách hành chính hằng quý, 6 tháng, năm và gửi "
                                + "về Sở Nội vụ để tổng hợp.")),
                subSection("Văn phòng Sở Y tế:",
                        bullet("Là đầu mối phối hợp cung cấp thông tin, hỗ trợ tài liệu tuyên truyền cho các đơn vị "
                                + "và các phòng chuyên môn có liên quan."),
                        bullet("Triển khai hướng dẫn nội dung công tác thông tin, tuyên truyền về cải cách hành chính "
                                + "trong từng giai đoạn theo chỉ đạo và hướng dẫn của Ủy ban nhân dân tỉnh."),
                        bullet("Tổng hợp báo cáo công tác cải cách hành chính định kỳ.")),
                subSection("Bộ phận Công nghệ thông tin và Trung tâm Kiểm soát bệnh tật:",
                        bullet("Căn cứ chức năng nhiệm vụ được giao, nghiên cứu triển khai và phối hợp thực hiện các "
                                + "nội dung có liên quan tại Kế hoạch."),
                        bullet("Chủ động thông tin, tuyên truyền cải cách hành chính, đẩy mạnh tuyên truyền thực hiện "
                                + "chuyển đổi số, phát triển đô thị thông minh gắn với cải cách hành chính đối với các "
                                + "nội dung liên quan đến lĩnh vực y tế.")));
    }
}
