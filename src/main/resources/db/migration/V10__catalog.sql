-- Catalogues of channels (hình thức, kênh) and indicators (chỉ tiêu). Data, not code: a row with
-- no owner is shared by every province; a province adds its own rows (owner_node_id).
create table catalog_channel (
    id             bigserial primary key,
    code           varchar(40)  not null,
    name           varchar(255) not null,
    name_en        varchar(255),
    owner_node_id  bigint references org_node (id),
    position       int          not null default 0,
    active         boolean      not null default true,
    version        bigint       not null default 0
);
create unique index catalog_channel_code_unique on catalog_channel (coalesce(owner_node_id, 0), upper(code));

create table catalog_indicator (
    id             bigserial primary key,
    code           varchar(40)  not null,
    name           varchar(255) not null,
    name_en        varchar(255),
    unit           varchar(60)  not null,
    owner_node_id  bigint references org_node (id),
    position       int          not null default 0,
    active         boolean      not null default true,
    version        bigint       not null default 0
);
create unique index catalog_indicator_code_unique on catalog_indicator (coalesce(owner_node_id, 0), upper(code));

insert into catalog_channel (code, name, name_en, position) values
    ('PORTAL', 'Cổng/Trang thông tin điện tử', 'Web portal', 10),
    ('PRESS', 'Báo chí', 'Newspaper and magazines', 20),
    ('RADIO_TV', 'Phát thanh - Truyền hình', 'Radio and television', 30),
    ('ZALO', 'Zalo', 'Zalo', 40),
    ('FACEBOOK', 'Facebook', 'Facebook', 50),
    ('YOUTUBE', 'YouTube', 'YouTube', 60),
    ('BULLETIN', 'Bản tin y tế', 'Health bulletin', 70),
    ('MEETING', 'Hội họp, giao ban định kỳ', 'Regular meetings', 80),
    ('CONFERENCE', 'Hội nghị', 'Conferences', 90),
    ('TRAINING', 'Tập huấn, bồi dưỡng', 'Training courses', 100),
    ('CONTEST', 'Cuộc thi tìm hiểu', 'Contests', 110),
    ('POSTER', 'Pano, áp phích, băng rôn', 'Posters and banners', 120),
    ('PUBLIC_LISTING', 'Niêm yết công khai thủ tục hành chính', 'Public listing of procedures', 130),
    ('ONLINE_HELP', 'Chatbot, hỗ trợ trực tuyến', 'Chatbot or online help', 140),
    ('PUBLICATION', 'Ấn phẩm, tờ rơi, tài liệu', 'Publications and leaflets', 150);

insert into catalog_indicator (code, name, name_en, unit, position) values
    ('NEWS_POSTED', 'Tin, bài đăng tải', 'News items posted', 'tin, bài', 10),
    ('VIDEO_CLIPS', 'Phóng sự, video clip', 'Reports and video clips', 'sản phẩm', 20),
    ('CONFERENCES', 'Hội nghị tổ chức', 'Conferences held', 'hội nghị', 30),
    ('PARTICIPANTS', 'Lượt người tham dự', 'Participants', 'lượt người', 40),
    ('TRAININGS', 'Lớp tập huấn, bồi dưỡng', 'Training courses', 'lớp', 50),
    ('DOCUMENTS_ISSUED', 'Văn bản chỉ đạo, hướng dẫn ban hành', 'Documents issued', 'văn bản', 60),
    ('PROCEDURES_LISTED', 'Thủ tục hành chính niêm yết công khai', 'Procedures publicly listed', 'thủ tục', 70),
    ('CONTESTS', 'Cuộc thi tổ chức', 'Contests held', 'cuộc thi', 80),
    ('PUBLICATIONS', 'Ấn phẩm, tờ rơi phát hành', 'Publications issued', 'bản', 90),
    ('POSTERS', 'Pano, áp phích, băng rôn', 'Posters and banners', 'cái', 100);
