package cn.gov.xinbei.pfp.targets.domain;

/**
 * What was counted for a computed indicator: numerator and denominator (for the sex ratio: boys and girls), and the
 * items counted in neither because they are still open (births awaiting a conclusion), shown beside the figure.
 */
public record Measurement(long numerator, long denominator, long pending) {

    public Measurement {
        if (numerator < 0 || denominator < 0 || pending < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static Measurement of(long numerator, long denominator) {
        return new Measurement(numerator, denominator, 0);
    }

    public Measurement plus(Measurement other) {
        return new Measurement(numerator + other.numerator, denominator + other.denominator, pending + other.pending);
    }
}
