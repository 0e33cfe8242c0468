package org.twinport.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.twinport.platform.TwinportProperties;

/**
 * The index on disk, as numbered generations under {@code TWINPORT_HOME/search}. Writes
 * go to the current generation (and to the one being rebuilt, if any); readers are
 * refreshed every 200 ms, so a change is searchable well within a second. A rebuild fills
 * a new generation and then swaps it in, so searching never stops.
 */
@Component
class LuceneIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

	private final Path root;

	private final ScheduledExecutorService refresher = refresher();

	private static ScheduledExecutorService refresher() {
		var executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, runnable -> {
			Thread thread = new Thread(runnable, "search-refresh");
			thread.setDaemon(true);
			return thread;
		});
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return executor;
	}

	private volatile Generation current;

	private volatile Generation building;

	/**
	 * Writes share it and a swap takes it alone, so that no write lands in the old
	 * generation only, after the new one has become current.
	 */
	private final ReadWriteLock swapping = new ReentrantReadWriteLock();

	/**
	 * Every generation opened since index sorting came is sorted by product id
	 * ({@link #SORT}), so that a listing in id order stops after the page's hits in each
	 * segment. A generation written before is opened unsorted ({@code sorted} false) and
	 * rebuilt at start-up ({@link #unsorted()}).
	 */
	static final Sort SORT = new Sort(new SortField(Fields.ID_SORT, SortField.Type.LONG));

	record Generation(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
			boolean sorted) {

		void close() throws IOException {
			searchers.close();
			writer.close();
			directory.close();
		}
	}

	LuceneIndex(TwinportProperties properties) throws IOException {
		this.root = Files.createDirectories(properties.home().resolve("search"));
		Path pointer = root.resolve("CURRENT");
		String name = Files.exists(pointer) ? Files.readString(pointer).strip() : "gen-1";
		this.current = open(root.resolve(name));
		writePointer(name);
		refresher.scheduleWithFixedDelay(this::refresh, 200, 200, TimeUnit.MILLISECONDS);
		refresher.scheduleWithFixedDelay(this::commit, 5, 5, TimeUnit.SECONDS);
	}

	/** Whether the current generation predates index sorting, so it needs a rebuild. */
	boolean unsorted() {
		return !current.sorted();
	}

	boolean isNew() {
		return current.writer().getDocStats().numDocs == 0;
	}

	/**
	 * Whether some documents were written before this doc-values field existed, so the
	 * index needs a rebuild.
	 */
	boolean lacks(String field) throws IOException {
		try (Lease lease = acquire()) {
			IndexSearcher searcher = lease.searcher();
			return searcher.count(new org.apache.lucene.search.FieldExistsQuery(field)) < searcher.getIndexReader()
				.numDocs();
		}
	}

	/** A searcher to use and hand back through {@link #release}. */
	Lease acquire() throws IOException {
		Generation generation = current;
		return new Lease(generation.searchers(), generation.searchers().acquire());
	}

	record Lease(SearcherManager manager, IndexSearcher searcher) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			manager.release(searcher);
		}
	}

	void upsert(long id, Document document) throws IOException {
		Term term = new Term(Fields.ID, Long.toString(id));
		swapping.readLock().lock();
		try {
			current.writer().updateDocument(term, document);
			Generation next = building;
			if (next != null) {
				next.writer().updateDocument(term, document);
			}
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	void delete(long id) throws IOException {
		Term term = new Term(Fields.ID, Long.toString(id));
		swapping.readLock().lock();
		try {
			current.writer().deleteDocuments(term);
			Generation next = building;
			if (next != null) {
				next.writer().deleteDocuments(term);
			}
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	/**
	 * Starts a new generation that receives both the bulk load and live changes until
	 * {@link #swap()}.
	 */
	synchronized Generation startRebuild() throws IOException {
		String name = "gen-" + System.currentTimeMillis();
		building = open(root.resolve(name));
		return building;
	}

	synchronized void swap() throws IOException {
		Generation next = building;
		next.writer().commit();
		next.searchers().maybeRefreshBlocking();
		Generation old;
		swapping.writeLock().lock();
		try {
			old = current;
			current = next;
			building = null;
		}
		finally {
			swapping.writeLock().unlock();
		}
		next.searchers().maybeRefreshBlocking();
		writePointer(next.path().getFileName().toString());
		try {
			refresher.schedule(() -> discard(old), 10, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
			discard(old);
		}
	}

	synchronized void abandonRebuild() {
		Generation next = building;
		building = null;
		if (next != null) {
			discard(next);
		}
	}

	private void discard(Generation generation) {
		try {
			generation.close();
			try (Stream<Path> files = Files.walk(generation.path())) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		catch (IOException ex) {
			log.warn("Could not remove old search index {}: {}", generation.path(), ex.toString());
		}
	}

	private void refresh() {
		try {
			current.searchers().maybeRefresh();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search index refresh failed: {}", ex.toString());
		}
	}

	private void commit() {
		try {
			if (current.writer().hasUncommittedChanges()) {
				current.writer().commit();
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search index commit failed: {}", ex.toString());
		}
	}

	private static Generation open(Path path) throws IOException {
		FSDirectory directory = FSDirectory.open(Files.createDirectories(path));
		IndexWriter writer;
		boolean sorted = true;
		try {
			writer = new IndexWriter(directory, config(SORT));
		}
		catch (IllegalArgumentException writtenUnsorted) {
			// Lucene refuses to add a sort to segments written without one.
			log.info("Search index {} is not sorted by id; it is read as it is until rebuilt", path.getFileName());
			writer = new IndexWriter(directory, config(null));
			sorted = false;
		}
		return new Generation(path, directory, writer, new SearcherManager(writer, null), sorted);
	}

	private static IndexWriterConfig config(Sort sort) {
		IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.create());
		config.setRAMBufferSizeMB(64);
		if (sort != null) {
			config.setIndexSort(sort);
		}
		return config;
	}

	private void writePointer(String name) throws IOException {
		Path temp = root.resolve("CURRENT.tmp");
		Files.writeString(temp, name, StandardCharsets.UTF_8);
		Files.move(temp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void destroy() {
		// No interrupt: an interrupted thread inside Lucene's NIO channels closes the
		// index files under the writer.
		refresher.shutdown();
		try {
			if (!refresher.awaitTermination(10, TimeUnit.SECONDS)) {
				log.warn("Search refresh still running at shutdown; committing anyway");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			abandonRebuild();
			current.writer().commit();
			current.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
