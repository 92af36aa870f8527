package cn.gov.xinbei.pfp.security.keycloak;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.camunda.bpm.extension.keycloak.cache.QueryCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * The identity plugin's cache of Keycloak answers (a user's groups, a group's members), refreshed ahead: an answer
 * older than {@code refreshAfter} is still returned at once while one background call fetches it anew, so a click in
 * the Tasklist never waits for Keycloak once the answer has been asked for before. While Keycloak does not answer,
 * the last answer keeps being served, but never beyond {@code serveStaleFor}: after that the entry is gone and the
 * caller waits for (or fails with) Keycloak, so a membership removed in Keycloak cannot live on indefinitely.
 */
final class RefreshAheadQueryCache<K, V> implements QueryCache<K, V> {

    private static final Logger log = LoggerFactory.getLogger(RefreshAheadQueryCache.class);

    private record Stamped<V>(V value, long fetchedAtNanos) {
    }

    private final Cache<K, Stamped<V>> answers;
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();
    private final long refreshAfterNanos;
    private final Ticker ticker;
    private final Executor refresher;

    RefreshAheadQueryCache(int maxSize, Duration refreshAfter, Duration serveStaleFor, Ticker ticker,
                           Executor refresher) {
        if (serveStaleFor.compareTo(refreshAfter) < 0) {
            throw new IllegalArgumentException("serveStaleFor must not be shorter than refreshAfter");
        }
        this.answers = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(serveStaleFor).ticker(ticker).build();
        this.refreshAfterNanos = refreshAfter.toNanos();
        this.ticker = ticker;
        this.refresher = refresher;
    }

    @Override
    public V getOrCompute(K key, Function<K, V> computation) {
        Stamped<V> cached = answers.getIfPresent(key);
        if (cached == null) {
            V value = computation.apply(key);
            answers.put(key, new Stamped<>(value, ticker.read()));
            return value;
        }
        if (ticker.read() - cached.fetchedAtNanos() >= refreshAfterNanos && refreshing.add(key)) {
            refreshInBackground(key, computation);
        }
        return cached.value();
    }

    private void refreshInBackground(K key, Function<K, V> computation) {
        try {
            refresher.execute(() -> {
                try {
                    answers.put(key, new Stamped<>(computation.apply(key), ticker.read()));
                } catch (RuntimeException e) {
                    // The query (user ids, group ids) is not personal data, but keep the log to the cause's type.
                    log.warn("Keycloak answer could not be refreshed, the last one is served: {}",
                            e.getClass().getSimpleName());
                } finally {
                    refreshing.remove(key);
                }
            });
        } catch (RejectedExecutionException e) {
            refreshing.remove(key); // busy: the next caller asks again
        }
    }

    @Override
    public void clear() {
        answers.invalidateAll();
    }
}
