package cn.laurel;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Refuses a second connection to a thread that already holds one. A request that takes another connection while
 * holding its first deadlocks the pool as soon as as many requests as the pool has connections arrive together
 * (each holds one and waits for another), so in tests such a path fails at once, with the place that asked.
 */
public final class OneConnectionPerThread extends DelegatingDataSource {

	private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

	/** Armed once the context has started: migrations at start-up hold a lock on one connection and work on others. */
	private volatile boolean armed;

	OneConnectionPerThread(DataSource pool) {
		super(pool);
	}

	/** Wraps the application's data source in a test context and arms it once the context has started. */
	static final class Wrapping implements BeanPostProcessor, ApplicationListener<ContextRefreshedEvent> {

		private final List<OneConnectionPerThread> wrapped = new CopyOnWriteArrayList<>();

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof DataSource pool && !(bean instanceof OneConnectionPerThread)) {
				OneConnectionPerThread guarded = new OneConnectionPerThread(pool);
				this.wrapped.add(guarded);
				return guarded;
			}
			return bean;
		}

		@Override
		public void onApplicationEvent(ContextRefreshedEvent event) {
			this.wrapped.forEach(guarded -> guarded.armed = true);
		}

	}

	@Override
	public Connection getConnection() throws SQLException {
		return this.armed ? tracked(super.getConnection()) : super.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		Connection connection = super.getConnection(username, password);
		return this.armed ? tracked(connection) : connection;
	}

	private static Connection tracked(Connection connection) throws SQLException {
		int[] held = HELD.get();
		if (held[0] > 0) {
			connection.close();
			throw new IllegalStateException("a second database connection was asked for by a thread that holds one "
					+ "(a nested transaction, a query while another's rows are read, or a connection kept across a call)");
		}
		held[0]++;
		AtomicBoolean closed = new AtomicBoolean();
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
				held[0]--;
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				handler);
	}

}
