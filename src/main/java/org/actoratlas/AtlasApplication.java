package org.actoratlas;

import org.actoratlas.importing.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AtlasApplication {

	public static void main(String[] args) {
		if (ImportCommand.isCommand(args)) {
			System.exit(ImportCommand.run(AtlasApplication.class, args));
		}
		SpringApplication.run(AtlasApplication.class, args);
	}

}
