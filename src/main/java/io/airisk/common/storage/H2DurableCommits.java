package io.airisk.common.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * On the embedded H2 file, a request whose transaction committed is answered only once the file
 * holds the commit, so that a kill -9 loses nothing acknowledged. The one class that touches H2's
 * internals.
 *
 * <p>A commit on H2 changes memory; H2's background thread writes the file every 500 ms ({@code
 * WRITE_DELAY}) and keeps it compact. {@code WRITE_DELAY=0} would write the file in every commit,
 * but stops that thread, and the file then grows without bound (docs/performance.md). So the
 * background thread stays, and before answering, the request waits for a write of the file that
 * started after its commit ({@link DurableResponses}). Concurrent writers share each write ({@link
 * GroupCommit}); a waiting request is suspended and holds no worker thread.
 *
 * <p>Only requests whose transaction committed wait: a rejected request, a read and a score do
 * not. A database that is not an embedded file (the tests' in-memory one, or an H2 server, which
 * keeps its own files) has nothing to write here.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class H2DurableCommits {

    private static final String COMMITTED = H2DurableCommits.class.getName() + ".committed";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final ExecutorService flusher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "airisk-h2-group-commit");
        thread.setDaemon(true);
        return thread;
    });
    private final GroupCommit groupCommit;

    /** Set by the first flush that finds no embedded file: the URL, and so the answer, is fixed. */
    private volatile boolean noFile;

    public H2DurableCommits(
            AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, StorageConfig config) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.groupCommit = new GroupCommit(this::flush, config.h2().groupCommitWindow(), flusher);
    }

    /** Every transaction begun for a request marks the request once it commits. */
    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (noFile || !VertxContext.isOnDuplicatedContext()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED && VertxContext.isOnDuplicatedContext()) {
                    ContextLocals.put(COMMITTED, Boolean.TRUE);
                }
            }
        });
    }

    /** Whether a transaction of the request being served committed, and so must be made durable. */
    boolean committedInThisRequest() {
        return !noFile
                && VertxContext.isOnDuplicatedContext()
                && ContextLocals.get(COMMITTED).isPresent();
    }

    /** Completes once the file holds every commit made before this call, or with why it cannot. */
    CompletionStage<Void> durable() {
        return groupCommit.flushed();
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
     * The store is looked up through a connection held for the whole flush: H2 closes an embedded
     * database when its last connection closes, and opens a new store on the next.
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
