package app.caravan.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Fluent construction of background {@link Task}s, so vault and crypto work never runs on the FX
 * thread while its results are always delivered on it:
 * {@code Tasks.create(work).onSuccess(..).onError(IOException.class, ..).andFinally(..).runOnce(executor)}.
 */
public final class Tasks {
    private static final Logger LOG = Logger.getLogger(Tasks.class.getName());

    private Tasks() {
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** For work without a result. */
    public static Builder<Void> createVoid(ThrowingRunnable work) {
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = value -> { };
        private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        /** Handles failures of {@code type}; the first matching handler wins, in the order added. */
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<E> handler) {
            errorHandlers.add(new ErrorHandler<>(type, handler));
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            return onError(Throwable.class, handler);
        }

        /** Runs on the FX thread after success, failure or cancellation. */
        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = handler;
            return this;
        }

        public Task<T> build() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                try {
                    handleError(task.getException());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnCancelled(e -> andFinally.run());
            return task;
        }

        /**
         * Runs the task. After the app has shut its executor down (a timer that fires while the
         * window closes) the task is cancelled instead: nobody is left to see its result.
         */
        public Task<T> runOnce(Executor executor) {
            Task<T> task = build();
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                LOG.fine("Background task dropped after shutdown");
                task.cancel();
            }
            return task;
        }

        private void handleError(Throwable error) {
            for (ErrorHandler<?> handler : errorHandlers) {
                if (handler.handles(error)) {
                    handler.accept(error);
                    return;
                }
            }
            // Unhandled failures must still be visible to whoever reads the log.
            LOG.log(Level.WARNING, "Background task failed: " + error.getClass().getName(), error);
        }
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<E> handler) {
        boolean handles(Throwable error) {
            return type.isInstance(error);
        }

        void accept(Throwable error) {
            handler.accept(type.cast(error));
        }
    }
}
