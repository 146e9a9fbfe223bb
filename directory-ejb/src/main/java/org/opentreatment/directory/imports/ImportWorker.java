package org.opentreatment.directory.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentreatment.directory.facility.ChangeSource;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingProblem;
import org.opentreatment.directory.facility.ListingRules;
import org.opentreatment.directory.facility.ListingStatus;
import org.opentreatment.directory.geo.PlaceNames;
import org.opentreatment.directory.imports.ImportJob.RowOutcome;
import org.opentreatment.directory.imports.locator.LabelOutcome;
import org.opentreatment.directory.shared.Text;

/**
 * Imports an import's staged rows a chunk at a time, each chunk in a transaction of its own that
 * saves the chunk's listings, records its problems and labels, marks its rows done and counts them,
 * so whatever stops an import (a restart, a cancel) stops it between two chunks. The listings are
 * indexed as each transaction commits, so the index follows the database chunk by chunk.
 */
@Stateless
public class ImportWorker {

    /** Rows per transaction: large enough to batch, small enough to keep searches responsive. */
    static final int CHUNK = 250;

    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());

    @PersistenceContext EntityManager em;

    @Inject ListingRules rules;

    @Resource TransactionSynchronizationRegistry transaction;

    /** Marks a received import queued, refusing it if it has no rows or another one runs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportJob queue(long jobId) {
        ImportJob job = locked(jobId);
        if (job.getState() != ImportState.RECEIVING) {
            throw new ImportRefused(
                    Text.of(
                            "import.notReceiving",
                            job.getState().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (job.getTotalRows() == 0) {
            throw new ImportRefused(Text.of("import.noRows"));
        }
        List<Long> running =
                em.createQuery(
                                "select j.id from ImportJob j where j.state in :active and j.id <> :id",
                                Long.class)
                        .setParameter("active", List.of(ImportState.QUEUED, ImportState.RUNNING))
                        .setParameter("id", jobId)
                        .getResultList();
        if (!running.isEmpty()) {
            throw new ImportRefused(Text.of("import.anotherRuns", running.get(0)));
        }
        if (job.isDeactivateMissing()
                && job.getExpectedRows() != null
                && job.getTotalRows() < job.getExpectedRows()) {
            throw new ImportRefused(
                    Text.of("import.incompleteExport", job.getExpectedRows(), job.getTotalRows()));
        }
        rejectRepeatedRecords(job);
        job.queue();
        return job;
    }

    // The second and later rows naming the same record are rejected up front: two rows cannot both
    // be the truth about one listing, and the operator should know which to fix.
    private void rejectRepeatedRecords(ImportJob job) {
        List<Object[]> repeated =
                em.createQuery(
                                "select r.recordKey, min(r.rowIndex) from StagedRow r"
                                        + " where r.jobId = :job and r.recordKey is not null"
                                        + " group by r.recordKey having count(r) > 1",
                                Object[].class)
                        .setParameter("job", job.getId())
                        .getResultList();
        for (Object[] key : repeated) {
            StagedRow first =
                    em.find(StagedRow.class, new StagedRow.Key(job.getId(), (Integer) key[1]));
            List<StagedRow> later =
                    em.createQuery(
                                    "select r from StagedRow r where r.jobId = :job"
                                            + " and r.recordKey = :key and r.rowIndex > :first",
                                    StagedRow.class)
                            .setParameter("job", job.getId())
                            .setParameter("key", key[0])
                            .setParameter("first", key[1])
                            .getResultList();
            for (StagedRow row : later) {
                em.persist(
                        new ImportProblem(
                                job.getId(),
                                row.getFileName(),
                                row.getFileRow(),
                                "row",
                                row.getRecordKey(),
                                Text.of(
                                                "import.duplicateInImport",
                                                first.getFileRow(),
                                                first.getFileName())
                                        .english()));
                row.done();
                job.counted(RowOutcome.REJECTED);
            }
        }
    }

    /**
     * Imports the next chunk of rows, or ends the import when none are left.
     *
     * @return whether there is more to do
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean importChunk(long jobId) {
        ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getState().isFinal() || job.getState() == ImportState.RECEIVING) {
            return false;
        }
        if (job.getState() == ImportState.QUEUED) {
            job.run();
        }
        // the listings' history names the import as the source of this chunk's changes
        ChangeSource.IMPORT.declareFor(transaction);
        List<StagedRow> rows =
                em.createQuery(
                                "select r from StagedRow r where r.jobId = :job"
                                        + " and r.rowIndex >= :next and r.done = false"
                                        + " order by r.rowIndex",
                                StagedRow.class)
                        .setParameter("job", jobId)
                        // not from the first row: the done ones before it would be read again
                        .setParameter("next", job.getNextRow())
                        .setMaxResults(CHUNK)
                        .getResultList();
        if (rows.isEmpty()) {
            return finish(job);
        }
        RowFormat format = RowFormat.of(job.getFormat());
        List<ImportedRecord> records = new ArrayList<>(rows.size());
        for (StagedRow row : rows) {
            records.add(format.read(row.getContent()));
        }
        Matches matches = Matches.load(em, records);
        Map<LabelKey, Integer> labels = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            StagedRow row = rows.get(i);
            ImportedRecord record = records.get(i);
            RowOutcome outcome = importRow(job, row, record, matches);
            job.counted(outcome);
            for (LabelOutcome label : record.labels()) {
                if (label.kind() != LabelOutcome.Kind.MAPPED) {
                    labels.merge(LabelKey.of(label), 1, Integer::sum);
                }
            }
        }
        saveLabels(jobId, labels);
        em.createQuery(
                        "update StagedRow r set r.done = true where r.jobId = :job"
                                + " and r.rowIndex between :first and :last")
                .setParameter("job", jobId)
                .setParameter("first", rows.get(0).getRowIndex())
                .setParameter("last", rows.get(rows.size() - 1).getRowIndex())
                .executeUpdate();
        job.chunkDone(rows.get(rows.size() - 1).getRowIndex());
        return true;
    }

    private RowOutcome importRow(
            ImportJob job, StagedRow row, ImportedRecord record, Matches matches) {
        Facility existing = matches.find(record);
        // The whole listing as it would be, checked before anything is changed
        Facility merged = new Facility();
        if (existing != null) {
            ListingField.all().forEach(field -> field.copy(existing, merged));
        }
        record.carried().forEach(field -> field.copy(record.draft(), merged));
        merged.setSlug(existing != null ? existing.getSlug() : "pending");
        // Everything wrong with the row at once; a field that could not be read is not checked
        List<ListingProblem> problems = new ArrayList<>(record.problems());
        Set<String> unreadable = new HashSet<>();
        record.problems().forEach(p -> unreadable.add(p.field()));
        for (ListingProblem problem : rules.check(merged)) {
            if (!unreadable.contains(problem.field())) {
                problems.add(problem);
            }
        }
        Facility holder = matches.holderOf(record);
        if (holder != null && holder != existing) {
            problems.add(
                    new ListingProblem(
                            CsvFormat.EXTERNAL_ID,
                            record.externalId(),
                            Text.of("import.referenceTaken", holder.getUuid())));
        }
        if (!problems.isEmpty()) {
            return reject(job, row, problems);
        }
        if (existing == null) {
            if (record.uuid() != null) {
                merged.setUuid(record.uuid());
            }
            if (record.hasExternalReference()) {
                merged.setExternalReference(record.externalSource(), record.externalId());
            }
            merged.setSlug(matches.uniqueSlug(em, merged));
            em.persist(merged);
            matches.add(merged);
            return RowOutcome.CREATED;
        }
        boolean changed = ListingField.copyChanged(record.carried(), merged, existing);
        // a listing the source had dropped (and an import marked inactive) is back in it
        if (record.hasExternalReference()
                && job.getFormat() == ImportFormat.LOCATOR
                && existing.getStatus() == ListingStatus.INACTIVE) {
            existing.setStatus(ListingStatus.ACTIVE);
            changed = true;
        }
        if (record.hasExternalReference()
                && (!record.externalSource().equals(existing.getExternalSource())
                        || !record.externalId().equals(existing.getExternalId()))) {
            existing.setExternalReference(record.externalSource(), record.externalId());
            changed = true;
        }
        return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    private RowOutcome reject(ImportJob job, StagedRow row, List<ListingProblem> problems) {
        for (ListingProblem problem : problems) {
            em.persist(
                    new ImportProblem(
                            job.getId(),
                            row.getFileName(),
                            row.getFileRow(),
                            problem.field(),
                            problem.value(),
                            problem.reason().english()));
        }
        return RowOutcome.REJECTED;
    }

    private void saveLabels(long jobId, Map<LabelKey, Integer> counts) {
        counts.forEach(
                (key, rows) -> {
                    ImportLabel label =
                            em.find(
                                    ImportLabel.class,
                                    new ImportLabel.Key(jobId, key.group, key.label));
                    if (label == null) {
                        label =
                                new ImportLabel(
                                        jobId, key.group, key.groupName, key.label, key.kind);
                        em.persist(label);
                    }
                    label.add(rows);
                });
    }

    private boolean finish(ImportJob job) {
        if (job.isDeactivateMissing()) {
            List<Facility> missing =
                    em.createQuery(
                                    "select f from Facility f where f.externalSource = :source"
                                            + " and f.status = :active and f.externalId not in"
                                            + " (select r.recordKey from StagedRow r"
                                            + " where r.jobId = :job and r.recordKey is not null)"
                                            + " order by f.id",
                                    Facility.class)
                            .setParameter("source", LocatorFormat.SOURCE)
                            .setParameter("active", ListingStatus.ACTIVE)
                            .setParameter("job", job.getId())
                            .setMaxResults(CHUNK)
                            .getResultList();
            missing.forEach(f -> f.setStatus(ListingStatus.INACTIVE));
            job.deactivated(missing.size());
            if (missing.size() == CHUNK) {
                return true;
            }
        }
        em.createQuery("delete from StagedRow r where r.jobId = :job")
                .setParameter("job", job.getId())
                .executeUpdate();
        job.end(ImportState.FINISHED, null);
        LOG.info(
                () ->
                        "Import "
                                + job.getId()
                                + " finished: "
                                + job.getRowsCreated()
                                + " created, "
                                + job.getRowsUpdated()
                                + " updated, "
                                + job.getRowsUnchanged()
                                + " unchanged, "
                                + job.getRowsRejected()
                                + " rejected, "
                                + job.getRowsDeactivated()
                                + " marked inactive");
        return false;
    }

    /** Ends an import that cannot go on, keeping what it imported. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long jobId, String why) {
        ImportJob job = locked(jobId);
        if (!job.getState().isFinal()) {
            job.end(ImportState.FAILED, why);
            em.createQuery("delete from StagedRow r where r.jobId = :job")
                    .setParameter("job", jobId)
                    .executeUpdate();
        }
    }

    /** Cancels an import that has not ended; its staged rows go, its imported listings stay. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportJob cancel(long jobId) {
        ImportJob job = locked(jobId);
        if (!job.getState().isFinal()) {
            job.end(ImportState.CANCELLED, null);
            em.createQuery("delete from StagedRow r where r.jobId = :job")
                    .setParameter("job", jobId)
                    .executeUpdate();
        }
        return job;
    }

    private ImportJob locked(long jobId) {
        ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new ImportNotFoundException(jobId);
        }
        return job;
    }

    private record LabelKey(String group, String groupName, String label, String kind) {
        static LabelKey of(LabelOutcome outcome) {
            String group = outcome.groupCode() == null ? "" : cut(outcome.groupCode(), 20);
            String name = outcome.groupName() == null ? null : cut(outcome.groupName(), 200);
            String kind = outcome.kind() == LabelOutcome.Kind.UNKNOWN ? "unknown" : "not carried";
            return new LabelKey(group, name, cut(outcome.label(), 500), kind);
        }

        private static String cut(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max);
        }
    }

    /** The chunk's existing listings, by uuid and by external reference, loaded in two queries. */
    private static final class Matches {

        private final Map<UUID, Facility> byUuid = new HashMap<>();
        private final Map<String, Facility> byReference = new HashMap<>();
        private final Set<String> slugsTaken = new HashSet<>();

        static Matches load(EntityManager em, List<ImportedRecord> records) {
            Matches m = new Matches();
            Set<UUID> uuids = new HashSet<>();
            Map<String, Set<String>> ids = new HashMap<>();
            for (ImportedRecord r : records) {
                if (r.uuid() != null) {
                    uuids.add(r.uuid());
                }
                if (r.hasExternalReference()) {
                    ids.computeIfAbsent(r.externalSource(), s -> new HashSet<>())
                            .add(r.externalId());
                }
            }
            if (!uuids.isEmpty()) {
                em.createQuery("select f from Facility f where f.uuid in :uuids", Facility.class)
                        .setParameter("uuids", uuids)
                        .getResultList()
                        .forEach(m::add);
            }
            ids.forEach(
                    (source, sourceIds) ->
                            em.createQuery(
                                            "select f from Facility f where f.externalSource = :source"
                                                    + " and f.externalId in :ids",
                                            Facility.class)
                                    .setParameter("source", source)
                                    .setParameter("ids", sourceIds)
                                    .getResultList()
                                    .forEach(m::add));
            return m;
        }

        void add(Facility f) {
            byUuid.put(f.getUuid(), f);
            if (f.getExternalSource() != null) {
                byReference.put(reference(f.getExternalSource(), f.getExternalId()), f);
            }
        }

        /** The listing a record is about: by its uuid first, else by its external reference. */
        Facility find(ImportedRecord r) {
            if (r.uuid() != null) {
                return byUuid.get(r.uuid());
            }
            return r.hasExternalReference() ? holderOf(r) : null;
        }

        /** The listing that holds the record's external reference, if any. */
        Facility holderOf(ImportedRecord r) {
            return r.hasExternalReference()
                    ? byReference.get(reference(r.externalSource(), r.externalId()))
                    : null;
        }

        private static String reference(String source, String id) {
            return source + "\u0000" + id;
        }

        /** "name-city-st", or with a number after it when a listing has it already. */
        String uniqueSlug(EntityManager em, Facility f) {
            String base =
                    PlaceNames.slug(
                            f.getName()
                                    + " "
                                    + f.getAddress().getCity()
                                    + " "
                                    + f.getAddress().getState());
            if (base.length() > 100) {
                base = base.substring(0, 100).replaceAll("-+$", "");
            }
            if (base.isEmpty()) {
                base = "listing";
            }
            // two index look-ups: "slug = x or slug like y" would read the whole table
            boolean baseTaken =
                    slugsTaken.contains(base)
                            || !em.createQuery(
                                            "select f.id from Facility f where f.slug = :base",
                                            Long.class)
                                    .setParameter("base", base)
                                    .setFlushMode(FlushModeType.COMMIT)
                                    .getResultList()
                                    .isEmpty();
            if (!baseTaken) {
                slugsTaken.add(base);
                return base;
            }
            // the chunk's own new listings are in slugsTaken: no need to flush them
            List<String> taken =
                    em.createQuery(
                                    "select f.slug from Facility f where f.slug like :numbered",
                                    String.class)
                            .setParameter("numbered", base + "-%")
                            .setFlushMode(FlushModeType.COMMIT)
                            .getResultList();
            taken = new ArrayList<>(taken);
            taken.add(base);
            String slug = base;
            for (int n = 2; taken.contains(slug) || slugsTaken.contains(slug); n++) {
                slug = base + "-" + n;
            }
            slugsTaken.add(slug);
            return slug;
        }
    }
}
