-- award: how the deciding body fixed the list (审定): at its meeting, or by a ballot whose figures are kept
alter table award_decision
    add column method             text not null default 'MEETING' check (method in ('MEETING', 'BALLOT')),
    add column ballot_members     int,
    add column ballot_present     int,
    add column ballot_for         int,
    add column ballot_against     int,
    add column ballot_abstentions int;
