package vn.parcomms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ParCommsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParCommsApplication.class, args);
    }
}
