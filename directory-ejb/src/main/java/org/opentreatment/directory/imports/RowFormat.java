package org.opentreatment.directory.imports;

import java.io.InputStream;

/** How one {@link ImportFormat} is staged from its files and read back row by row. */
interface RowFormat {

    /** Receives the rows of a file as they are read. */
    interface RowSink {
        /**
         * @param fileRow the row's number in its file, from 1
         * @param recordKey how the source names the record, or null
         * @param content the row as JSON text
         */
        void accept(int fileRow, String recordKey, String content);
    }

    /**
     * Reads a whole file, giving each row to {@code sink}.
     *
     * @return how many records the source says its whole export holds, or null if it does not say
     * @throws ImportRefused if the file is not of this format
     */
    Integer stage(InputStream file, RowSink sink);

    /** Reads a staged row back. Never throws for bad content: problems go into the record. */
    ImportedRecord read(String content);

    static RowFormat of(ImportFormat format) {
        return switch (format) {
            case LOCATOR -> new LocatorFormat();
            case CSV -> new CsvFormat();
        };
    }
}
