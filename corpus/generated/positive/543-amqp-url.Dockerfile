FROM python:3.12-slim
WORKDIR /app
ENV OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability:4317
ENV AWS_REGION=us-west-2
ENV BROKER_URL=amqp://reporting:eUQikJ4Jc24V1wEti_HM@rabbitmq.internal.tyrell.io:5672/orders
ENV TLS_ENABLED=true
ENV TRACING_SAMPLE_RATE=0.05
ENV KAFKA_BROKERS=kafka-0.corp.umbrella.co:9092,kafka-1.corp.umbrella.co:9092
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
