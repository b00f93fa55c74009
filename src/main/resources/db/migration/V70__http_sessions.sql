-- Signed-in sessions kept in PostgreSQL by Spring Session JDBC (JdbcIndexedSessionRepository), so a
-- restart does not sign anybody out and several instances on one database share them. The table and
-- column names are the ones that repository queries (unquoted, so PostgreSQL folds them to lower case).
-- Owned by the account module (sign-in); no other table refers to them.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);

create unique index spring_session_session_id on spring_session (session_id);
-- The repository deletes expired sessions by expiry time and finds a user's sessions by name.
create index spring_session_expiry_time on spring_session (expiry_time);
create index spring_session_principal_name on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
