package cn.gov.xinbei.pfp.security.keycloak;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshAheadQueryCacheTest {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(5);
    private static final Duration SERVE_STALE_FOR = Duration.ofMinutes(60);

    private final AtomicLong now = new AtomicLong();
    /** Background refreshes wait here until the test runs them. */
    private final Queue<Runnable> refreshes = new ArrayDeque<>();
    private final RefreshAheadQueryCache<String, String> cache =
            new RefreshAheadQueryCache<>(100, REFRESH_AFTER, SERVE_STALE_FOR, now::get, refreshes::add);

    /** Keycloak's answer: "groups-<n>" for the n-th call, or a failure while it is down. */
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean keycloakDown;
    private final Function<String, String> keycloak = user -> {
        calls.incrementAndGet();
        if (keycloakDown) {
            throw new IllegalStateException("connection refused");
        }
        return "groups-" + calls.get();
    };

    private void after(Duration elapsed) {
        now.addAndGet(elapsed.toNanos());
    }

    private void runRefreshes() {
        while (!refreshes.isEmpty()) {
            refreshes.poll().run();
        }
    }

    @Test
    void theFirstQueryAsksKeycloakAndTheNextOnesAreAnsweredFromTheCache() {
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).isEqualTo("groups-1");
        after(Duration.ofMinutes(4));
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).isEqualTo("groups-1");
        assertThat(calls).hasValue(1);
        assertThat(refreshes).isEmpty();
    }

    @Test
    void anOldAnswerIsServedAtOnceAndRefreshedOnceInTheBackground() {
        cache.getOrCompute("chunjiang.clerk", keycloak);
        after(REFRESH_AFTER);
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).as("no wait for Keycloak").isEqualTo("groups-1");
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).isEqualTo("groups-1");
        assertThat(calls).as("the refresh has not run yet").hasValue(1);
        assertThat(refreshes).as("one refresh, however many clicks").hasSize(1);

        runRefreshes();
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).isEqualTo("groups-2");
        assertThat(refreshes).as("the new answer is fresh").isEmpty();
    }

    @Test
    void whileKeycloakIsDownTheLastAnswerIsServedButNotBeyondTheStaleLimit() {
        cache.getOrCompute("chunjiang.clerk", keycloak);
        keycloakDown = true;
        after(REFRESH_AFTER);
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).isEqualTo("groups-1");
        runRefreshes();
        after(Duration.ofMinutes(30));
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).as("still served after a failed refresh")
                .isEqualTo("groups-1");
        assertThat(refreshes).as("and refreshing is tried again").hasSize(1);
        runRefreshes();

        after(SERVE_STALE_FOR);
        assertThatThrownBy(() -> cache.getOrCompute("chunjiang.clerk", keycloak))
                .as("beyond the limit the caller gets Keycloak's failure").hasMessage("connection refused");
        keycloakDown = false;
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).startsWith("groups-");
    }

    @Test
    void aRefreshThatFindsNoFreeThreadIsLeftToTheNextCall() {
        Executor busy = task -> {
            throw new RejectedExecutionException("busy");
        };
        RefreshAheadQueryCache<String, String> busyCache =
                new RefreshAheadQueryCache<>(100, REFRESH_AFTER, SERVE_STALE_FOR, now::get, busy);
        busyCache.getOrCompute("chunjiang.clerk", keycloak);
        after(REFRESH_AFTER);
        assertThat(busyCache.getOrCompute("chunjiang.clerk", keycloak)).isEqualTo("groups-1");
        assertThat(busyCache.getOrCompute("chunjiang.clerk", keycloak)).isEqualTo("groups-1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void clearForgetsEveryAnswer() {
        cache.getOrCompute("chunjiang.clerk", keycloak);
        cache.clear();
        assertThat(cache.getOrCompute("chunjiang.clerk", keycloak)).isEqualTo("groups-2");
    }

    @Test
    void theStaleLimitCannotBeShorterThanTheRefreshAge() {
        assertThatThrownBy(() -> new RefreshAheadQueryCache<String, String>(100, REFRESH_AFTER, Duration.ofMinutes(1),
                now::get, refreshes::add)).isInstanceOf(IllegalArgumentException.class);
    }
}
