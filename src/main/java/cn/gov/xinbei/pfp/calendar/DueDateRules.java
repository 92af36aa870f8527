package cn.gov.xinbei.pfp.calendar;

import java.util.Map;

/**
 * A feature's due-date rules by key, e.g. {@code secondChild.acceptance}: the keys its process models name in
 * {@code ${dueDates.of(execution, 'key')}}. Keys start with the feature's prefix and are unique across features.
 */
public interface DueDateRules {

    Map<String, DueDateRule> dueDateRules();
}
