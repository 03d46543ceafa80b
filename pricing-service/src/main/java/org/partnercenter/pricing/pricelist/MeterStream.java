package org.partnercenter.pricing.pricelist;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.partnercenter.pricing.config.PricingServiceConfig;
import org.partnercenter.pricing.meter.MeterPrice;

/**
 * Reads a whole version's meters as a stream, in meter id order, for rate cards and downloads. The meters come in
 * keyset chunks (by default 1,000 per short query, after the last meter id of the previous chunk), and the connection
 * goes back to the pool before a chunk is handed to the sink: a client reading slowly never holds a pooled
 * connection, and 50,000 meters never sit in memory together. Plain JDBC outside any JTA transaction, so that a slow
 * client cannot run into a transaction timeout. A version's meters never change once published, so the chunks read
 * at different times make the same list.
 */
@ApplicationScoped
public class MeterStream {

    private static final String COLUMNS = "select meter_id, name, category, subcategory, region, unit, "
            + "included_quantity, tier_starts, tier_prices, effective_date, tags from price_list_meter ";
    private static final String FIRST = COLUMNS + "where version_id = ? order by meter_id limit ?";
    private static final String NEXT = COLUMNS + "where version_id = ? and meter_id > ? order by meter_id limit ?";

    /** Receives each meter; may fail while writing to the client. */
    @FunctionalInterface
    public interface Sink {
        void accept(MeterPrice meter) throws IOException;
    }

    private final DataSource dataSource;
    private final int chunkSize;

    MeterStream(DataSource dataSource, PricingServiceConfig config) {
        this.dataSource = dataSource;
        this.chunkSize = Math.max(1, config.downloads().chunkSize());
    }

    public void forEach(UUID versionId, Sink sink) throws IOException {
        UUID after = null;
        while (true) {
            List<MeterPrice> chunk = chunk(versionId, after);
            // The connection is back in the pool here: writing to the client holds none.
            for (MeterPrice meter : chunk) {
                sink.accept(meter);
            }
            if (chunk.size() < chunkSize) {
                return;
            }
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private List<MeterPrice> chunk(UUID versionId, UUID after) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(after == null ? FIRST : NEXT)) {
            int parameter = 1;
            select.setObject(parameter++, versionId);
            if (after != null) {
                select.setObject(parameter++, after);
            }
            select.setInt(parameter, chunkSize);
            List<MeterPrice> chunk = new ArrayList<>(chunkSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chunk.add(meter(rows));
                }
            }
            return chunk;
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
