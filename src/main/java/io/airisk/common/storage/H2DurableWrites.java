package io.airisk.common.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * On the embedded H2 database, answers a request that may have changed data only once the
 * database file holds every change committed before the answer: nothing acknowledged is lost to
 * a kill -9. Concurrent requests share each write of the file ({@link GroupCommit}).
 *
 * <p>H2 could do this alone with {@code WRITE_DELAY=0}, writing the file in every commit, but
 * then its background thread, which rewrites the live pages of sparse chunks and moves chunks
 * together, does not run at all. Measured under sustained creates ({@code
 * bench/sustained-writes.sh}): the file grew to 3.2 GB for 130,000 assessments, looking for free
 * space in it grew with it, and creates fell from 1,300 to 780 per second within two minutes.
 * With H2's default write delay its background thread keeps the file in shape, and this filter
 * writes the file before each answer instead: in the same test, creates stayed between 2,060 and
 * 2,390 per second, the file levelled off at 900 MB for 270,000 assessments, because waiting
 * requests share one write.
 *
 * <p>A waiting request holds no thread: it is suspended until its flush is done, then resumed on
 * a worker thread to write its answer. The flushes run on a thread of their own. So the worker
 * pool can stay as small as reads want (a few threads for two cores), while any number of writers
 * still share each flush.
 *
 * <p>Requests served on the event loop cannot have used the database, and safe methods do not
 * change it: both pass straight through. A database that is not an embedded file (the tests'
 * in-memory one, or an H2 server, which keeps its own files) has nothing to write here.
 */
@Provider
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class H2DurableWrites implements ContainerResponseFilter {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final AgroalDataSource dataSource;
    private final ExecutorService flusher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "airisk-h2-group-commit");
        thread.setDaemon(true);
        return thread;
    });
    private final GroupCommit groupCommit;

    /** Set by the first flush that finds no embedded file: the URL, and so the answer, is fixed. */
    private volatile boolean noFile;

    public H2DurableWrites(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "airisk.h2.group-commit-window", defaultValue = "5ms") Duration window) {
        this.dataSource = dataSource;
        this.groupCommit = new GroupCommit(this::flush, window, flusher);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!noFile && !SAFE_METHODS.contains(request.getMethod()) && BlockingOperationControl.isBlockingAllowed()) {
            ResteasyReactiveContainerRequestContext context = (ResteasyReactiveContainerRequestContext) request;
            context.suspend();
            groupCommit.flushed().whenComplete((done, failure) -> {
                if (failure == null) {
                    context.resume();
                } else {
                    context.resume(failure);
                }
            });
        }
    }

    /** Lets a flush in progress finish; requests in flight have had the shutdown timeout to end. */
    @PreDestroy
    void stop() {
        flusher.shutdown();
    }

    /**
     * Writes every change in memory to the file as a new chunk, then waits for any chunk that H2's
     * background thread began to write before: the commit finds nothing new to write when that
     * thread has already taken the changes, but they are in the file only once its write is done.
     *
     * <p>The store is looked up through a connection held for the whole flush, not kept: H2 closes
     * an embedded database when its last connection closes (the pool closes idle ones) and opens
     * a new store on the next connection.
     */
    private void flush() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                    ? session.getDatabase().getStore().getMvStore()
                    : null;
            if (store == null || store.getFileStore() == null) {
                noFile = true;
                return;
            }
            store.commit();
            store.executeFilestoreOperation(() -> {});
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the H2 database to write its file", e);
        }
    }
}
