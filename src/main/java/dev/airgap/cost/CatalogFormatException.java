package dev.airgap.cost;

import java.io.IOException;

/** A price catalog or prices file that cannot be read; the message names the file and the JSON path. */
public class CatalogFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public CatalogFormatException(String message) {
        super(message);
    }
}
