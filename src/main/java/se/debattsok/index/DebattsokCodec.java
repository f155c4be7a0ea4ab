package se.debattsok.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with the stored fields kept uncompressed, in small chunks. Every hit shown
 * reads its document's stored text for the snippets; the default format decompresses a dictionary
 * and a block of about 8 KB (LZ4) to get at a document of 3 KB, which was a fifth of a search with
 * snippets. Read straight from the mapped file, a document took 5 µs instead of 19 µs, and bulk search
 * on the perf log went from about 1,390 to 1,650 queries/s, for 17 MB more index (88 → 105 MB).
 *
 * <p>Lucene finds a codec by the name written in each segment, through {@code
 * META-INF/services/org.apache.lucene.codecs.Codec}; a new name is needed whenever the format
 * changes, and {@link Indexer#SCHEMA_VERSION} with it.
 */
public final class DebattsokCodec extends FilterCodec {
  static final String NAME = "Debattsok1";

  /** A chunk holds up to this many bytes of documents (a document longer than that is sliced). */
  private static final int CHUNK_BYTES = 16 * 1024;

  private static final int MAX_DOCS_PER_CHUNK = 128;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat("DebattsokStoredFieldsRaw", Uncompressed.MODE, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, 10);

  /** Public, with no arguments: Lucene's service loader makes it when it opens a segment. */
  public DebattsokCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  /** Bytes written as they are; a document is read by skipping to it and copying it. */
  private static final class Uncompressed {
    static final CompressionMode MODE = new CompressionMode() {
      @Override
      public Compressor newCompressor() {
        return new Compressor() {
          private byte[] buffer = new byte[0];

          @Override
          public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
            int length = Math.toIntExact(in.length() - in.position());
            buffer = ArrayUtil.growNoCopy(buffer, length);
            in.readBytes(buffer, 0, length);
            out.writeBytes(buffer, 0, length);
          }

          @Override
          public void close() {}
        };
      }

      @Override
      public Decompressor newDecompressor() {
        return new Decompressor() {
          @Override
          public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
            in.skipBytes(offset);
            bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
            in.readBytes(bytes.bytes, 0, length);
            bytes.offset = 0;
            bytes.length = length;
          }

          @Override
          public Decompressor clone() {
            return this; // it holds no state
          }
        };
      }

      @Override
      public String toString() {
        return "UNCOMPRESSED";
      }
    };
  }
}
