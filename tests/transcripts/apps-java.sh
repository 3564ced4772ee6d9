# dockling: --seed 31
# Java: java -version per JDK, a Spring Boot jar built into an image, serving and stopping.
docker run --rm eclipse-temurin:21 java -version
docker run --rm openjdk:22 java -version
docker run --rm eclipse-temurin:21 java --version
mkdir demo && cd demo && mkdir target
cat > target/demo-0.0.1-SNAPSHOT.jar <<'JAR'
Manifest-Version: 1.0
Main-Class: org.springframework.boot.loader.launch.JarLauncher
Start-Class: com.example.demo.DemoApplication
Spring-Boot-Version: 3.5.0
Implementation-Version: 0.0.1-SNAPSHOT
@GetMapping("/hello") public String hello() { return "Hello from Spring Boot!"; }
JAR
cat > Dockerfile <<'EOF2'
FROM eclipse-temurin:21
WORKDIR /app
COPY target/*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
EOF2
docker build -q -t spring-demo .
docker run -d -p 8080:8080 --name spring spring-demo
curl localhost:8080/hello
curl -i localhost:8080/
docker logs spring
docker stop spring
docker ps -a --filter name=spring
docker run --rm spring-demo --server.port=9090
^C
docker run --rm eclipse-temurin:21 java -jar missing.jar
echo $?
cd .. && mkdir -p spring/src/main/java/com/example/demo && cd spring
cat > pom.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.0</version>
  </parent>
  <groupId>com.example</groupId>
  <artifactId>demo</artifactId>
  <version>0.0.1-SNAPSHOT</version>
  <name>demo</name>
</project>
XML
cat > mvnw <<'SH'
#!/bin/sh
# Apache Maven Wrapper startup script
SH
chmod +x mvnw
cat > src/main/java/com/example/demo/DemoApplication.java <<'JAVA'
package com.example.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class DemoApplication {
    @GetMapping("/")
    public String home() {
        return "Hello Docker World";
    }

    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }
}
JAVA
cat > Dockerfile <<'DF'
FROM eclipse-temurin:21 AS build
WORKDIR /workspace/app
COPY . .
RUN ./mvnw package -DskipTests

FROM eclipse-temurin:21
COPY --from=build /workspace/app/target/*.jar app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
DF
docker build -t spring-app .
docker run -d -p 8080:8080 --name sb spring-app
curl localhost:8080
docker logs sb | tail -2
docker run --rm -v "$PWD":/app -w /app eclipse-temurin:21 ./mvnw clean package -DskipTests
ls target
docker run --rm -w /tmp eclipse-temurin:21 ./mvnw package
