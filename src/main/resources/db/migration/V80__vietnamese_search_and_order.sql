-- Vietnamese search and order (ADR 0013).
--
-- Search: "ba ria" finds "Bà Rịa" and "duong" finds "Đường". Both sides of a search are folded by
-- vn_fold (unaccent, which also maps đ/Đ to d, then lower case), and trigram GIN indexes on the
-- folded columns serve "contains" searches. unaccent and pg_trgm are contrib extensions marked
-- trusted, so a database owner may create them (the embedded PostgreSQL and the postgres image
-- both ship them); docs/operations.md says what an administrator does otherwise.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- unaccent() is only STABLE (its dictionary could be changed), and an index needs an IMMUTABLE
-- expression: this wrapper names the dictionary and the schema so that its result does not
-- depend on the search_path. Changing the unaccent rules would need a REINDEX of the indexes below.
create or replace function public.vn_fold(text) returns text
    language sql immutable strict parallel safe
    return lower(public.unaccent('public.unaccent'::regdictionary, $1));

-- The like pattern for "contains the typed text": folded first and escaped after, so that %, _
-- and \ are taken literally even where unaccent makes them out of other characters (a full-width
-- ％ becomes %). Used with "escape '\'".
create or replace function public.vn_contains_pattern(text) returns text
    language sql immutable strict parallel safe
    return '%' || replace(replace(replace(public.vn_fold($1), '\', '\\'), '%', '\%'), '_', '\_') || '%';

-- Order: names sort as a Vietnamese reader expects (a ă â … d đ …, "Cục" < "Đài" < "Sở"). The
-- database's own collation (C.UTF-8 in the embedded cluster) does not, and ICU's root collation
-- und-x-icu takes ă, â, đ for accented a, a, d ("Ân" before "Anh"), so the vi collation is created
-- and put on the name columns: every "order by name" gets it without naming it. No view or index
-- depends on these columns.
create collation if not exists public.vi (provider = icu, locale = 'vi');

alter table org_node alter column name type varchar(255) collate public.vi;
alter table org_node alter column short_name type varchar(80) collate public.vi;
alter table user_account alter column full_name type varchar(160) collate public.vi;
alter table catalog_channel alter column name type varchar(255) collate public.vi;
alter table catalog_indicator alter column name type varchar(255) collate public.vi;

-- The folded columns are indexed after the collation change, which would rebuild them.
create index org_node_name_fold_idx on org_node using gin (public.vn_fold(name) public.gin_trgm_ops);
create index org_node_code_fold_idx on org_node using gin (public.vn_fold(code) public.gin_trgm_ops);
create index org_node_short_name_fold_idx on org_node using gin (public.vn_fold(short_name) public.gin_trgm_ops);
create index user_account_full_name_fold_idx on user_account using gin (public.vn_fold(full_name) public.gin_trgm_ops);
create index user_account_username_fold_idx on user_account using gin (public.vn_fold(username) public.gin_trgm_ops);
