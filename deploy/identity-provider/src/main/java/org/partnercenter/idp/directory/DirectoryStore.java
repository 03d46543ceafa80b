package org.partnercenter.idp.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import org.partnercenter.idp.config.IdpConfig;

/**
 * The directory in memory, written through to its file. Changes are serialised so that two
 * concurrent creations cannot overwrite each other; reads see the last written state without locking.
 */
@ApplicationScoped
public class DirectoryStore {

    private final DirectoryFile file;
    private volatile Directory current;

    @Inject
    DirectoryStore(IdpConfig config) {
        this(new DirectoryFile(config.directoryFile()));
    }

    public DirectoryStore(DirectoryFile file) {
        this.file = file;
        this.current = file.read();
    }

    public Directory current() {
        return current;
    }

    /** Applies a change, stores the result and only then makes it visible. */
    public synchronized Directory update(UnaryOperator<Directory> change) {
        Directory changed = change.apply(current);
        if (changed != current) {
            file.write(changed);
            current = changed;
        }
        return changed;
    }
}
