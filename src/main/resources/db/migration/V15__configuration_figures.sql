-- Configuration gaps (feature "configuration", issue 14 points 4 and 6): bureau-owned figures entered on the desk,
-- the cases waiting for a figure that is not configured, and a year's targets entered on the desk.

-- A figure the bureau's administrators entered. The YAML files stay the shipped defaults; a row here overrides the
-- YAML figure of the same kind, key, year and area, or adds one. area is '' for figures without an area.
create table configuration_figure (
    id            varchar(36)   not null primary key,
    -- ASSISTANCE_RATE or INCOME_BASE (shared.configuration.FigureKind)
    figure_kind   varchar(32)   not null,
    -- which figure of the kind: RURAL_AWARD, SPECIAL_SUPPORT/DEATH, ... or URBAN_DISPOSABLE_INCOME, RURAL_NET_INCOME
    figure_key    varchar(64)   not null,
    figure_year   int           not null,
    area          varchar(16)   not null,
    amount        decimal(14,2) not null,
    -- the document or notice the figure comes from (mandatory)
    source        varchar(500)  not null,
    entered_by    varchar(64)   not null,
    entered_at    timestamp     not null,
    constraint uk_configuration_figure unique (figure_kind, figure_key, figure_year, area)
);

-- A case held at a step because a figure is not configured: open while resolved_at is null.
create table configuration_gap (
    id                   varchar(36)   not null primary key,
    figure_kind          varchar(32)   not null,
    figure_key           varchar(64)   not null,
    figure_year          int           not null,
    area                 varchar(16)   not null,
    description          varchar(200)  not null,
    case_id              varchar(36)   not null,
    case_number          varchar(32)   not null,
    process_instance_id  varchar(64)   not null,
    step_key             varchar(64)   not null,
    step_name            varchar(100)  not null,
    waiting_since        timestamp     not null,
    resolved_at          timestamp     null,
    resolved_by          varchar(64)
);
create index ix_configuration_gap_open on configuration_gap (figure_kind, figure_key, figure_year, area, resolved_at);

-- A year's targets entered on the desk when config/targets/<year>.yml does not exist. The rows (names, kinds,
-- indicators, formulas) are those of template_year's YAML; the values per town and for the district are here.
create table annual_targets (
    target_year    int           not null primary key,
    template_year  int           not null,
    source         varchar(500)  not null,
    entered_by     varchar(64)   not null,
    entered_at     timestamp     not null
);

-- unit_slug: a town's slug, or 'district' for the district's target. An empty value is stored as no row.
create table annual_target_value (
    target_year   int           not null,
    target_key    varchar(64)   not null,
    unit_slug     varchar(32)   not null,
    target_value  varchar(200)  not null,
    primary key (target_year, target_key, unit_slug)
);
