-- 责任清单: for a category (any level of the tree) in a region, the lead department (主办) and the assisting ones
-- (协办). A department is a department of its own region (lead_region), which may be above the ticket's region: a
-- city bureau handles the demands of its districts. The most specific category, then the most specific region wins.
CREATE TABLE responsibility (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    category_code         VARCHAR(12)  NOT NULL,
    region                CHAR(6)      NOT NULL,
    lead_region           CHAR(6)      NOT NULL,
    lead_department       VARCHAR(100) NOT NULL,
    assisting_departments JSON         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_responsibility (category_code, region)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO responsibility (category_code, region, lead_region, lead_department, assisting_departments) VALUES
    ('0101', '440300', '440300', '市住房和建设局', '[]'),
    ('0102', '440300', '440300', '市住房和建设局', '[{"region":"440300","name":"市生态环境局"}]'),
    ('010202', '440300', '440300', '市生态环境局', '[{"region":"440300","name":"市住房和建设局"}]'),
    ('0201', '440300', '440300', '市市场监督管理局', '[]'),
    ('0202', '440300', '440300', '市市场监督管理局', '[]'),
    ('03', '440300', '440300', '市交通运输局', '[]'),
    ('04', '440300', '440300', '市人力资源和社会保障局', '[]'),
    ('05', '440300', '440300', '市生态环境局', '[]'),
    ('06', '440300', '440300', '市政务服务数据管理局', '[]'),
    ('0101', '440100', '440100', '市住房和城乡建设局', '[]'),
    ('02', '440100', '440100', '市市场监督管理局', '[]'),
    ('04', '440100', '440100', '市人力资源和社会保障局', '[]');
