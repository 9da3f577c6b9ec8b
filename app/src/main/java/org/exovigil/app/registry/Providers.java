package org.exovigil.app.registry;

import java.util.List;
import org.exovigil.app.database.LikePattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of providers. */
@Repository
public class Providers {

    static final int SEARCH_LIMIT = 50;

    private final JdbcClient jdbc;

    Providers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(Provider provider) {
        return jdbc.sql("""
                        insert into provider (name, country, city, address, website, demo)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        provider.name(),
                        provider.country(),
                        provider.city(),
                        provider.address(),
                        provider.website(),
                        provider.demo())
                .query(Long.class)
                .single();
    }

    /**
     * Reviewed providers whose name, city or address contains the words typed, in any case. Names only
     * a report has given stay off public pages until a regulator has reviewed them.
     */
    public List<Provider> search(String text) {
        String pattern = LikePattern.containing(text.strip().toLowerCase(java.util.Locale.ROOT));
        return jdbc.sql("""
                        select id, name, country, city, address, website, demo from provider
                        where reviewed and merged_into is null
                          and (lower(name) like :p or lower(coalesce(city, '')) like :p or lower(coalesce(address, '')) like :p)
                        order by name limit :limit""")
                .param("p", pattern)
                .param("limit", SEARCH_LIMIT)
                .query(Provider.class)
                .list();
    }

    /** A reviewed, current provider by id: what public pages may show. */
    public java.util.Optional<Provider> findPublic(long id) {
        return jdbc.sql("""
                        select id, name, country, city, address, website, demo from provider
                        where id = ? and reviewed and merged_into is null""").param(id).query(Provider.class).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from provider where reviewed and merged_into is null")
                .query(Long.class)
                .single();
    }
}
