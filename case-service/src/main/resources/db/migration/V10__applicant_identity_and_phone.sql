-- Every new application carries the applicant's identity card number and phone (issue 12, 实名办理). Both are
-- personal data: stored SM4-GCM-encrypted with their key id (v1:<keyId>:<base64>, about 70 characters for either),
-- never in clear, plus their HMAC-SM3 blind indexes (64 hex characters) so staff find a person's cases by number
-- without any row being decrypted. NULL on cases filed before they were collected.
ALTER TABLE case_file
    ADD COLUMN applicant_id_number       VARCHAR(255) NULL,
    ADD COLUMN applicant_id_number_index CHAR(64)     NULL,
    ADD COLUMN applicant_phone           VARCHAR(255) NULL,
    ADD COLUMN applicant_phone_index     CHAR(64)     NULL,
    ADD KEY ix_case_applicant_id_number (applicant_id_number_index, submitted_at),
    ADD KEY ix_case_applicant_phone (applicant_phone_index, submitted_at);
