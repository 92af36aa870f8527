package cn.gov.xinbei.pfp.shared.paging;

/**
 * A list's count that stops at a limit: counting every row a user may see reads every row (the bureau's 300,000
 * cases, a city's queue of tens of thousands of steps), so a list counts up to its limit, says when there are more,
 * and lists only what it counted. Count {@link #probe(int)} rows: one over the limit tells whether there are more.
 */
public record LimitedCount(long total, boolean more) {

    public static int probe(int limit) {
        return limit + 1;
    }

    /** The count of a query that stopped at {@link #probe(int)} rows. */
    public static LimitedCount of(long found, int limit) {
        return found > limit ? new LimitedCount(limit, true) : new LimitedCount(found, false);
    }

    /** How many rows page {@code page} (from 0) of {@code size} lists: none beyond the counted ones. */
    public int rowsOn(int page, int size) {
        return (int) Math.max(0, Math.min(size, total - (long) page * size));
    }
}
