-- 招标文件获取, kept secret until the bid deadline (DOMAIN.md §7: nobody may learn who or how many downloaded). A row
-- holds neither the lot nor the bidder in clear, and no per-lot column to group by: entry_tag is HMAC-SM3(lot|bidder)
-- under the platform's index key (one row per bidder and lot; a second download finds it without decrypting), sealed
-- is SM4-GCM of lot, bidder, time and client address. No timestamp column either: the time is inside the seal. A
-- reader of this table learns only the total of all downloads of all lots on the platform.
CREATE TABLE document_download (
    entry_tag  CHAR(64)      NOT NULL,
    sealed     VARCHAR(1024) NOT NULL,
    PRIMARY KEY (entry_tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
