-- The directory is ordered by founding date: with this index PostgreSQL reads the first page in order
-- (an incremental sort settles ties by name) instead of sorting every partnership (bench/RESULTS-network.md).
create index partnership_directory_idx on network.partnership (established_on nulls last, id) where not archived;
