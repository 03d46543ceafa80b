package org.partnercenter.pricing.pricelist;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.partnercenter.pricing.meter.MeterPrice;

/**
 * Reads a whole version's meters as a stream, in meter id order, for rate cards and downloads: a database cursor
 * hands over 1,000 rows at a time, so 50,000 meters never sit in memory together. Plain JDBC on a connection of its
 * own, outside any JTA transaction, so that a slow client cannot run into a transaction timeout.
 */
@ApplicationScoped
public class MeterStream {

    private static final String SELECT = "select meter_id, name, category, subcategory, region, unit, "
            + "included_quantity, tier_starts, tier_prices, effective_date, tags from price_list_meter "
            + "where version_id = ? order by meter_id";
    private static final int FETCH_SIZE = 1000;

    /** Receives each meter; may fail while writing to the client. */
    @FunctionalInterface
    public interface Sink {
        void accept(MeterPrice meter) throws IOException;
    }

    private final DataSource dataSource;

    MeterStream(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void forEach(UUID versionId, Sink sink) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            // pgjdbc fetches with a cursor (fetch size honoured) only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setFetchSize(FETCH_SIZE);
                select.setObject(1, versionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(meter(rows));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("Reading the meters of price list version " + versionId + " failed", e);
        }
    }

    private static MeterPrice meter(ResultSet rows) throws SQLException {
        return PriceListMeter.meterPrice(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getBigDecimal(7),
                (BigDecimal[]) rows.getArray(8).getArray(), (BigDecimal[]) rows.getArray(9).getArray(),
                rows.getObject(10, OffsetDateTime.class).toInstant(), (String[]) rows.getArray(11).getArray());
    }
}
