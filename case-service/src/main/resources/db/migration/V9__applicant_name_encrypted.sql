-- The applicant's name is personal data (GB/T 39786, issue 12): stored SM4-GCM-encrypted with its key id
-- ("v1:<keyId>:<base64>", platform-starter PersonalDataCipher). Rows written before hold the name in clear until
-- ApplicantNameEncryption (every replica, in batches) encrypts them; the same job re-encrypts under a new key.
ALTER TABLE case_file MODIFY applicant_name VARCHAR(255) NOT NULL;
