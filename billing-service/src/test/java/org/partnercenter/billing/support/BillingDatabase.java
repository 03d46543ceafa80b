package org.partnercenter.billing.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on billing-service's database, for a test that runs the service as a process of its own: reads of what
 * it wrote, and connections of the test's own (to hold a lock the service will wait on).
 */
public final class BillingDatabase {

    private final String url;
    private final String user;
    private final String password;

    public BillingDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Every row, each as its columns in order. */
    public List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read: " + sql, e);
        }
    }

    /** The first column of the one row {@code sql} answers. */
    public Object value(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows, one expected: " + sql);
        }
        return rows.get(0).get(0);
    }

    public long count(String sql, Object... parameters) {
        return ((Number) value(sql, parameters)).longValue();
    }
}
