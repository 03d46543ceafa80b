package org.partnercenter.commons.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Seek paging over an entity: rows ordered by a list of non-null sort keys whose last one is unique, each
 * page asking only for rows after the previous page's last key. Unlike OFFSET it costs the same on page
 * 1 and page 1000, and rows inserted while a client pages through are never skipped or repeated.
 */
public final class Keyset<E> {

    private final Class<E> entity;
    private final List<SortKey<E>> keys = new ArrayList<>();

    private Keyset(Class<E> entity) {
        this.entity = entity;
    }

    public static <E> Keyset<E> of(Class<E> entity) {
        return new Keyset<>(entity);
    }

    /** Adds a sort key, ascending; the last key added must be unique (an id). */
    public Keyset<E> by(String attribute, Class<?> type, Function<E, ?> value) {
        keys.add(new SortKey<>(attribute, type, value));
        return this;
    }

    /**
     * @param where a JPQL condition on alias {@code e} (the filter and the caller's scope), or null
     * @param parameters its named parameters
     */
    public Page<E> fetch(EntityManager em, String where, Map<String, Object> parameters, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (where != null && !where.isBlank()) {
            conditions.add("(" + where + ")");
        }
        page.after().ifPresent(after -> conditions.add(seekCondition()));
        String jpql = "select e from " + entity.getSimpleName() + " e"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + String.join(", ", keys.stream().map(k -> "e." + k.attribute()).toList());
        TypedQuery<E> query = em.createQuery(jpql, entity).setMaxResults(page.size() + 1);
        parameters.forEach(query::setParameter);
        page.after().ifPresent(after -> bindPosition(query, after));
        List<E> rows = query.getResultList();
        if (rows.size() <= page.size()) {
            return new Page<>(rows, Optional.empty());
        }
        List<E> items = rows.subList(0, page.size());
        return new Page<>(items, Optional.of(positionOf(items.get(items.size() - 1))));
    }

    private String seekCondition() {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add("e." + keys.get(j).attribute() + " = :seek" + j);
            }
            terms.add("e." + keys.get(i).attribute() + " > :seek" + i);
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    private void bindPosition(TypedQuery<E> query, SeekPosition after) {
        if (after.values().size() != keys.size()) {
            throw SeekPosition.invalid();
        }
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter("seek" + i, SortKeyValues.parse(keys.get(i).type(), after.values().get(i)));
        }
    }

    private SeekPosition positionOf(E row) {
        return new SeekPosition(keys.stream().map(k -> SortKeyValues.format(k.value().apply(row))).toList());
    }

    private record SortKey<E>(String attribute, Class<?> type, Function<E, ?> value) {
    }
}
