package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the deadline desk, its API and its Excel export show: the rows, the summary counts and the charts. */
public final class DeadlineList {

    private DeadlineList() {
    }

    public record Row(String taskId, String caseNumber, String kind, String kindName, String town, String townName,
                      List<String> parties, String stepKey, String stepName, String responsibleGroup,
                      String responsibleGroupName, String responsibleUnit, String responsibleUnitName,
                      Instant createdAt, LocalDate createdOn, Instant dueAt, LocalDate dueDate, LocalDate originalDueDate,
                      boolean extended, Integer remainingWorkingDays, DeadlineStatus status, String statusLabel,
                      String legalBasis, boolean provisional, String provisionalNote) {

        public String statusClass() {
            return status.cssClass();
        }

        /** "剩余N个工作日", "逾期N个工作日", or "—" without a deadline. */
        public String remainingText() {
            if (remainingWorkingDays == null) {
                return "—";
            }
            if (status == DeadlineStatus.OVERDUE) {
                return remainingWorkingDays == 0 ? "已逾期（不足1个工作日）" : "逾期" + (-remainingWorkingDays) + "个工作日";
            }
            return remainingWorkingDays == 0 ? "今日到期" : "剩余" + remainingWorkingDays + "个工作日";
        }
    }

    public record Counts(int overdue, int dueSoon, int onTime, int noDeadline) {
        public int total() {
            return overdue + dueSoon + onTime + noDeadline;
        }
    }

    public record Series(String status, String label, List<Integer> counts) {
    }

    /** Counts per category, one series per status (stacked in the desk's charts). */
    public record Chart(String key, String title, List<String> categories, List<Series> series) {
    }

    /**
     * One page of the list. Counts and charts cover every row the filters select except the status filter, so the
     * summary stays whole while the table shows one status.
     */
    public record Result(List<Row> items, long total, int page, int size, Counts counts, List<Chart> charts,
                         int dueSoonWorkingDays, LocalDate today) {
        public int pages() {
            return total == 0 ? 1 : (int) ((total + size - 1) / size);
        }
    }

    /**
     * One completed step with a due date: when it ended, by whom, and whether on time (ended at or before its due
     * instant, the end of the due day) or how many working days late.
     */
    public record EndedRow(String taskId, String caseNumber, String kind, String kindName, String town,
                           String townName, List<String> parties, String stepKey, String stepName,
                           String responsibleUnit, String responsibleUnitName, String responsibleGroupName,
                           Instant dueAt, LocalDate dueDate, LocalDate originalDueDate, boolean extended,
                           Instant endedAt, LocalDateTime endedAtLocal, LocalDate endedOn, String completedBy,
                           boolean onTime, Integer workingDaysLate) {

        /** "按期办结", "逾期N个工作日" or "逾期（不足1个工作日）". */
        public String resultText() {
            if (onTime) {
                return "按期办结";
            }
            return workingDaysLate == null || workingDaysLate == 0 ? "逾期（不足1个工作日）"
                    : "逾期" + workingDaysLate + "个工作日";
        }

        public String resultClass() {
            return onTime ? DeadlineStatus.ON_TIME.cssClass() : DeadlineStatus.OVERDUE.cssClass();
        }
    }

    /** On time (the indicator's numerator) and late; total = the indicator's denominator. */
    public record EndedCounts(int onTime, int late) {
        public int total() {
            return onTime + late;
        }
    }

    public record EndedResult(List<EndedRow> items, long total, int page, int size, EndedCounts counts,
                              LocalDate from, LocalDate to, boolean postingOnly, List<String> postingSteps,
                              LocalDate today) {
        public int pages() {
            return total == 0 ? 1 : (int) ((total + size - 1) / size);
        }
    }
}
