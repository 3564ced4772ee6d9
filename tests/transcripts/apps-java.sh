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
docker run --rm eclipse-temurin:21 java -jar missing.jar
echo $?
