-- The group a channel belongs to for the PAR INDEX channel diversity criterion (issue 16): ONLINE
-- (portals, social networks, online help) or TRADITIONAL (press, broadcast, meetings, print, listing).
-- Data, not code: a province's own channels get a group too; a channel without one counts in no group.
alter table catalog_channel add column channel_group varchar(20)
    check (channel_group in ('ONLINE', 'TRADITIONAL'));

update catalog_channel set channel_group = 'ONLINE'
 where owner_node_id is null and upper(code) in ('PORTAL', 'ZALO', 'FACEBOOK', 'YOUTUBE', 'ONLINE_HELP');
update catalog_channel set channel_group = 'TRADITIONAL'
 where owner_node_id is null and upper(code) in ('PRESS', 'RADIO_TV', 'BULLETIN', 'MEETING', 'CONFERENCE', 'TRAINING',
                                                  'CONTEST', 'POSTER', 'PUBLIC_LISTING', 'PUBLICATION');
