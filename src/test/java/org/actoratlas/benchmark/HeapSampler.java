package org.actoratlas.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples used heap every 20 ms while running; the peak is an upper bound on what a task needed. */
final class HeapSampler implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final Thread thread;

	private volatile boolean running = true;

	private volatile long peak;

	HeapSampler() {
		System.gc();
		this.peak = this.memory.getHeapMemoryUsage().getUsed();
		this.thread = new Thread(() -> {
			while (this.running) {
				this.peak = Math.max(this.peak, this.memory.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	long peakMiB() {
		return this.peak >> 20;
	}

	static long maxHeapMiB() {
		return Runtime.getRuntime().maxMemory() >> 20;
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join();
	}

}
