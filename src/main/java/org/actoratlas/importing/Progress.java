package org.actoratlas.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Receives how far an import has read, as a fraction of all the reading it will do. */
@FunctionalInterface
public interface Progress {

	Progress NONE = (fraction, phase) -> {
	};

	void update(double fraction, String phase);

	/** Counts the bytes read through a stream and reports them as part {@code pass} of {@code passes}. */
	static InputStream counting(InputStream in, long size, int pass, int passes, String phase, Progress progress) {
		return new FilterInputStream(in) {

			private long read;

			private long reported;

			@Override
			public int read() throws IOException {
				int b = super.read();
				advance(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				advance(Math.max(n, 0));
				return n;
			}

			private void advance(int n) {
				this.read += n;
				if (this.read - this.reported > 256 * 1024 || this.read == size) {
					this.reported = this.read;
					progress.update((pass + Math.min(1.0, (double) this.read / Math.max(1, size))) / passes, phase);
				}
			}

		};
	}

}
